package org.pedigree.model;

import java.util.List;

/**
 * The effective licence constraints of a model: its own licence combined with those of every
 * ancestor and every training dataset, each rule explained by the path it came along, and the
 * conflicts found.
 *
 * @param declared     the licence IRIs the model itself declares
 * @param restrictions the summary, as {@code ped:} restriction names (NonCommercialUse, ShareAlikeDuty …)
 */
public record EffectiveLicence(LineageNode model, List<String> declared, List<String> restrictions, List<Rule> rules,
                               List<Conflict> conflicts) {
    /**
     * One inherited rule: {@code prohibited}, {@code not-permitted} (the licence grants no such
     * right), {@code duty}, or {@code unknown} (no licence, or one Pedigree does not know).
     */
    public record Rule(String type, String action, String licence, String licenceLabel, LineagePath path, String explanation) {}

    /**
     * A conflict: {@code drops-prohibition}, {@code drops-duty}, {@code share-alike-break},
     * {@code missing-attribution}, {@code naming-duty} or {@code incompatible-merge}; severity
     * {@code violation} when it comes from a model's licence, {@code warning} from a dataset's.
     */
    public record Conflict(String rule, String severity, String message, LineagePath path) {}
}
