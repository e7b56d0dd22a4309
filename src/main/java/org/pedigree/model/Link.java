package org.pedigree.model;

/** A thing named by its IRI with the label to show for it (the IRI itself when it has no name). */
public record Link(String iri, String label) {
    public Link {
        if (iri == null || iri.isBlank()) {
            throw new IllegalArgumentException("a link needs an IRI");
        }
        label = label == null || label.isBlank() ? iri : label;
    }
}
