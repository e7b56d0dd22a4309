package org.pedigree.model;

import java.util.List;

/** A path through the lineage, from its source down to the model it explains. */
public record LineagePath(List<PathStep> steps) {
    /** The path in words: {@code A →finetune→ B →quantized→ C}. */
    public String words() {
        StringBuilder text = new StringBuilder();
        for (PathStep step : steps) {
            text.append(step.node().label());
            if (step.via() != null) {
                text.append(" →").append(step.via()).append("→ ");
            }
        }
        return text.toString();
    }
}
