package org.pedigree.validate;

/**
 * One result of validating a record, in plain terms.
 *
 * @param severity Violation, Warning or Info
 * @param recordId the record it belongs to (null when it cannot be told)
 * @param source   the file or input the record came from
 * @param focus    the node the result is about
 * @param path     the property path, or null
 * @param value    the offending value, or null
 * @param message  what is wrong and how to fix it
 * @param rule     the rule of Pedigree's shapes that gave it ({@code ModelName}, {@code DistinctAcyclicDerivation}: the
 *                 named constraint or shape), or SHACL's constraint component when the shape has no name; what the words
 *                 report groups findings by
 */
public record Finding(String severity, String recordId, String source, String focus, String path, String value, String message,
                      String rule) {
    /** True for a Violation: the record is refused. */
    public boolean refuses() {
        return "Violation".equals(severity);
    }
}
