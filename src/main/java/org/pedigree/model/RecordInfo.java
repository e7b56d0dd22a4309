package org.pedigree.model;

import java.util.List;

/**
 * A lineage record's metadata and history.
 *
 * @param id         the record id
 * @param iri        the record (named graph) IRI
 * @param retired    true when the record has been retired (its model withdrawn)
 * @param version    the current version number
 * @param created    when its first version was stored
 * @param modified   when its current version was stored
 * @param describes  the models or datasets it describes
 * @param versions   every version, oldest first
 */
public record RecordInfo(String id, String iri, boolean retired, int version, String created, String modified,
                         List<String> describes, List<Version> versions) {

    /** One version of a record: who stored it, when, from which source. */
    public record Version(int number, String iri, String created, String submittedBy, String sourceName,
                          String sourceFormat, String sourceChecksum) {}

    public RecordInfo {
        describes = List.copyOf(describes);
        versions = List.copyOf(versions);
    }
}
