package org.pedigree.publish.pages;

import java.util.Locale;

/**
 * Draws a {@link FamilyTree} as SVG: every model a link to its page (keyboard-focusable, with a
 * title), curves for derivations, only presentation attributes — no {@code style}, no script — so
 * the picture shows under the Content-Security-Policy both on its own and inline in a page.
 */
final class FamilyTreeSvg {
    private static final String INK = "#1d2430";
    private static final String MUTED = "#4a5260";
    private static final String ACCENT = "#2f5d8a";
    private static final int MAX_CHARS = 28;

    private FamilyTreeSvg() {}

    /** The picture as an {@code <svg>} element (no XML declaration), for a document or a page. */
    static String draw(FamilyTree tree, String idPrefix) {
        StringBuilder svg = new StringBuilder(4096);
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"family-tree\" width=\"").append(tree.width())
           .append("\" height=\"").append(tree.height()).append("\" viewBox=\"0 0 ").append(tree.width()).append(' ').append(tree.height())
           .append("\" role=\"group\" aria-labelledby=\"").append(titleId).append("\" aria-describedby=\"").append(descId)
           .append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(titleId).append("\">").append(escape(tree.title())).append("</title>\n");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(tree.summary())).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (FamilyTree.Curve c : tree.curves()) {
            int mid = (c.x1() + c.x2()) / 2;
            svg.append("<path class=\"edge\" d=\"M").append(c.x1()).append(',').append(c.y1()).append(" C").append(mid).append(',').append(c.y1())
               .append(' ').append(mid).append(',').append(c.y2()).append(' ').append(c.x2()).append(',').append(c.y2())
               .append("\" fill=\"none\" stroke=\"#8a94a3\" stroke-width=\"1.5\"");
            if ("quantized".equals(c.kind())) {
                svg.append(" stroke-dasharray=\"4 3\"");
            }
            svg.append(c.kind() == null ? "/>\n" : "><title>" + escape(c.kind()) + "</title></path>\n");
        }
        for (FamilyTree.Label label : tree.labels()) {
            if (label.swatch() != null) {
                svg.append("<rect x=\"").append(label.x()).append("\" y=\"").append(label.y() - 12).append("\" width=\"16\" height=\"16\" rx=\"3\" fill=\"")
                   .append(label.swatch().fill()).append("\" stroke=\"").append(label.swatch().stroke()).append("\"/>");
                svg.append("<text x=\"").append(label.x() + 24).append("\" y=\"").append(label.y()).append("\" fill=\"").append(INK).append("\">")
                   .append(escape(label.text())).append("</text>\n");
            } else {
                svg.append("<text class=\"heading\" x=\"").append(label.x()).append("\" y=\"").append(label.y()).append("\" fill=\"").append(MUTED)
                   .append("\" font-weight=\"600\">").append(escape(label.text())).append("</text>\n");
            }
        }
        for (FamilyTree.Box box : tree.boxes()) {
            box(svg, box);
        }
        return svg.append("</svg>").toString();
    }

    /** The picture as a standalone SVG document. */
    static String document(FamilyTree tree) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + draw(tree, "lineage") + "\n";
    }

    private static void box(StringBuilder svg, FamilyTree.Box box) {
        boolean model = box.role() == FamilyTree.Role.MODEL;
        boolean group = box.role() == FamilyTree.Role.COLLAPSED || box.role() == FamilyTree.Role.MORE_ANCESTORS;
        String stroke = model ? ACCENT : box.swatch().stroke();
        svg.append("<a class=\"node ").append(box.role().name().toLowerCase(Locale.ROOT)).append("\" href=\"")
           .append(escape(box.href())).append("\">");
        svg.append("<title>").append(escape(box.tooltip())).append("</title>");
        svg.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(box.width())
           .append("\" height=\"").append(box.height()).append("\" rx=\"6\" fill=\"").append(group ? "#f0f2f5" : box.swatch().fill())
           .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(model ? 3 : 1.5).append('"');
        if (group) {
            svg.append(" stroke-dasharray=\"5 3\"");
        }
        svg.append("/>");
        int textY = box.note() == null ? box.y() + box.height() / 2 + 5 : box.y() + 17;
        svg.append("<text x=\"").append(box.x() + 10).append("\" y=\"").append(textY).append("\" fill=\"").append(INK).append('"')
           .append(model ? " font-weight=\"700\"" : "").append('>').append(escape(shorten(box.text()))).append("</text>");
        if (box.note() != null) {
            svg.append("<text x=\"").append(box.x() + 10).append("\" y=\"").append(box.y() + 33).append("\" fill=\"").append(MUTED)
               .append("\" font-size=\"11\">").append(escape(box.note())).append("</text>");
        }
        svg.append("</a>\n");
    }

    static String shorten(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
