package org.pedigree.model;

/**
 * A model, dataset or advisory as the analytics name it: its IRI, its name when the store has one,
 * and what it is ({@code model}, {@code dataset}, {@code advisory}, or {@code referenced} for a
 * thing named by a record that has no record of its own).
 */
public record LineageNode(String iri, String name, String type) {
    /** The name, or the last segments of the IRI when there is none. */
    public String label() {
        if (name != null) {
            return name;
        }
        int cut = iri.lastIndexOf('/', iri.lastIndexOf('/') - 1);
        return cut < 0 ? iri : iri.substring(cut + 1);
    }
}
