package org.pedigree.lineage.browse;

import java.util.List;

/**
 * One model or dataset as the browse lists show it and filter it: its name and description, its
 * licences, its direct bases with the top kind of each derivation, and for a model the effective
 * restrictions and worst advisory status the analytics computed ({@code none} when no advisory
 * reaches it).
 */
public record BrowseEntry(String iri, String label, String hfId, String description, List<String> licences, List<String> bases,
                   List<String> baseKinds, List<String> restrictions, String advisory) {
    /** The kinds of derivation of this entry from any of its bases. */
    public List<String> kinds() {
        return baseKinds.stream().distinct().toList();
    }
}
