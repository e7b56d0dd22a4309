package org.pedigree.model;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place where instance IRIs are minted from the configured base URI, following the public
 * URL layout: {@code model/{owner}/{name}}, {@code dataset/{owner}/{name}}, {@code record/{id}},
 * {@code record/{id}/v/{n}}, and the graph {@code meta/records} that holds record metadata.
 */
public final class InstanceIris {
    /** A record id: letters, digits, '.', '_' and '-' (owner and name joined by "--"). */
    public static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern HF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String base;

    /** @param baseUri an absolute http(s) URI; a missing final slash is added */
    public InstanceIris(String baseUri) {
        URI uri = URI.create(baseUri);
        if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("the base URI must be an absolute http or https URI, not '" + baseUri + "'");
        }
        this.base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
    }

    /** The base URI, always ending with a slash. */
    public String base() {
        return base;
    }

    /** The model IRI of a Hugging Face style id ({@code owner/name}). */
    public String modelOfHfId(String hfId) {
        if (!isHfId(hfId)) {
            throw new IllegalArgumentException("'" + hfId + "' is not a Hugging Face id of the form owner/name");
        }
        return base + "model/" + hfId;
    }

    public String datasetOfHfId(String hfId) {
        if (!isHfId(hfId)) {
            throw new IllegalArgumentException("'" + hfId + "' is not a dataset id of the form owner/name");
        }
        return base + "dataset/" + hfId;
    }

    public String activity(String id) {
        return base + "activity/" + id;
    }

    public String agent(String id) {
        return base + "agent/" + id;
    }

    public String record(String id) {
        return base + "record/" + id;
    }

    public String recordVersion(String id, int version) {
        return record(id) + "/v/" + version;
    }

    /** The prefix of every record graph. */
    public String recordNamespace() {
        return base + "record/";
    }

    /** The named graph that holds the metadata and history of every record. */
    public String recordMetadataGraph() {
        return base + "meta/records";
    }

    /** The named graph of computed lineage facts (effective restrictions, licence conflicts, advisory statuses). */
    public String lineageGraph() {
        return base + "meta/lineage";
    }

    /** The VoID description of the whole dataset. */
    public String voidDocument() {
        return base + ".well-known/void";
    }

    /** The dataset as a whole (what every document is {@code void:inDataset}). */
    public String voidDataset() {
        return voidDocument() + "#dataset";
    }

    /** The record id of a record IRI of this base, if it is one. */
    public Optional<String> recordId(String iri) {
        if (iri == null || !iri.startsWith(recordNamespace())) {
            return Optional.empty();
        }
        String id = iri.substring(recordNamespace().length());
        return RECORD_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** The record id Pedigree gives the record of a model or dataset IRI of this base ({@code owner--name}). */
    public Optional<String> recordIdFor(String thingIri) {
        for (String kind : new String[] {"model/", "dataset/"}) {
            if (thingIri.startsWith(base + kind)) {
                String path = thingIri.substring((base + kind).length());
                if (HF_ID.matcher(path).matches()) {
                    return Optional.of((kind.equals("dataset/") ? "dataset--" : "") + path.replace("/", "--"));
                }
            }
        }
        return Optional.empty();
    }

    /** The Hugging Face style id of a model or dataset IRI of this base ({@code owner/name}), if it is one. */
    public Optional<String> hfIdOf(String thingIri) {
        for (String kind : new String[] {"model/", "dataset/"}) {
            if (thingIri.startsWith(base + kind) && HF_ID.matcher(thingIri.substring((base + kind).length())).matches()) {
                return Optional.of(thingIri.substring((base + kind).length()));
            }
        }
        return Optional.empty();
    }

    public static boolean isHfId(String id) {
        return id != null && HF_ID.matcher(id).matches();
    }

    /** True when the IRI is minted under this base. */
    public boolean isLocal(String iri) {
        return iri != null && iri.startsWith(base);
    }
}
