package org.pedigree.publish.pages;

import java.util.List;

/**
 * The lineage picture of one model laid out and ready to draw: boxes at positions, curves between
 * them, the kind headings of the descendant groups and a legend. Built by {@link FamilyTreeLayout},
 * drawn by {@link FamilyTreeSvg}; its size is bounded whatever the size of the family.
 *
 * @param title   what the picture shows, in words (its accessible name)
 * @param summary the counts, in words (its description)
 */
record FamilyTree(String title, String summary, int width, int height, List<Box> boxes, List<Curve> curves, List<Label> labels,
                  NodeColouring colouring) {

    /** What a box stands for. */
    enum Role { ANCESTOR, MODEL, DESCENDANT, COLLAPSED, MORE_ANCESTORS }

    /**
     * One box: a model (or a collapsed group of them), where it links, its text and an extra line
     * ({@code +37 below}, a count), and the words of its colour.
     */
    record Box(int x, int y, int width, int height, Role role, String text, String note, String href, String tooltip,
               NodeColouring.Swatch swatch) {}

    /** A derivation drawn from the right side of one box to the left side of another, with its kind. */
    record Curve(int x1, int y1, int x2, int y2, String kind) {}

    /** Free text: a group heading or a legend entry (with its swatch, or null). */
    record Label(int x, int y, String text, NodeColouring.Swatch swatch) {}
}
