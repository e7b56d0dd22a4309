package org.pedigree.model;

import java.util.List;

/**
 * What the store says about one model: its own description (when a record describes it), its
 * bases, its direct derivatives and the operations that generated it. A model that is only named
 * as somebody's base has {@code described == false}; a withdrawn one (its record retired) has
 * {@code withdrawn == true}.
 */
public record ModelDescription(
        String iri,
        boolean described,
        String name,
        String hfId,
        String description,
        String licenceIri,
        String recordIri,
        Link attributedTo,
        boolean withdrawn,
        List<Derivation> bases,
        List<Derivation> derivatives,
        List<TrainingOperation> operations) {

    public ModelDescription {
        bases = List.copyOf(bases);
        derivatives = List.copyOf(derivatives);
        operations = List.copyOf(operations);
    }

    /** The label to show: the name, else the Hugging Face id, else the IRI. */
    public String label() {
        return name != null ? name : hfId != null ? hfId : iri;
    }

    /** True when the model declares no base: a root of its lineage tree. */
    public boolean isRoot() {
        return bases.isEmpty();
    }
}
