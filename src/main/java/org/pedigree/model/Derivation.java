package org.pedigree.model;

/**
 * One derivation edge seen from one end: the model at the other end and the kind of derivation
 * (a concept IRI of the derivation-kind scheme, or null when the record does not say).
 */
public record Derivation(Link model, String kindIri) {
    /** The kind's short name ({@code finetune}, {@code quantized} …), or "unspecified". */
    public String kindName() {
        if (kindIri == null) {
            return "unspecified";
        }
        int cut = Math.max(kindIri.lastIndexOf('/'), kindIri.lastIndexOf('#'));
        return kindIri.substring(cut + 1);
    }
}
