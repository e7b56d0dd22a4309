package org.pedigree.model;

import java.util.List;

/**
 * What the store says about one model: its own description (when a record describes it) and the
 * operations that generated it (its bases and derivatives: {@link DirectLineage}). A model that is only named
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
        List<TrainingOperation> operations) {

    public ModelDescription {
        operations = List.copyOf(operations);
    }

    /** The label to show: the name, else the Hugging Face id, else the IRI. */
    public String label() {
        return name != null ? name : hfId != null ? hfId : iri;
    }
}
