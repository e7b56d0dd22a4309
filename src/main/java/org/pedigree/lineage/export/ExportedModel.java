package org.pedigree.lineage.export;

import java.util.List;

/**
 * One model as the exporters see it: its own facts, its sources with the kind of each derivation,
 * and the datasets of the operations that made it. Text fields are null when not stated.
 *
 * @param hfId        its Hugging Face id, or null when its IRI is not a Hub id of this store's base
 * @param licence     the licence IRI; {@code hfLicence} and {@code spdxLicence} its ids, when known
 * @param newVersion  the IRI of the model that replaces it
 */
public record ExportedModel(String iri, String hfId, String name, String description, String version, String url,
        String licence, String hfLicence, String spdxLicence, String task, String library, String newVersion, String agent,
        boolean root, List<String> languages, List<Base> bases, List<UsedDataset> datasets) {

    /** A source of the model: its IRI and Hub id, the kind of the derivation and its Hugging Face relation. */
    public record Base(String iri, String hfId, String kind, String relation) {
        /** The kind's slug ({@code gguf}, {@code finetune} …). */
        public String kindSlug() {
            return kind.substring(kind.lastIndexOf('/') + 1);
        }
    }

    /** A dataset the model's operation used, with its role (IRI, or null when not stated). */
    public record UsedDataset(String iri, String hfId, String name, String role) {
        public String roleSlug() {
            return role == null ? null : role.substring(role.lastIndexOf('/') + 1);
        }
    }

    /** The name to show: the name, else the Hub id, else the IRI. */
    public String label() {
        return name != null ? name : hfId != null ? hfId : iri;
    }
}
