package org.pedigree.model;

/**
 * A model's status for one advisory, in the manner of VEX: {@code affected}, {@code not_affected},
 * {@code fixed} or {@code under_investigation}; stated by the model's own record, or inherited
 * along {@code path} from the nearest model that states one (or from what the advisory affects).
 *
 * @param stated true when the model's own record states it
 */
public record AdvisoryStatus(LineageNode advisory, String kind, String severity, String status, String justification,
                             boolean stated, LineagePath path) {}
