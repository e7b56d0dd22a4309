package org.pedigree.publish.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pedigree.lineage.LineageAnalytics;
import org.pedigree.lineage.LineageService;
import org.pedigree.model.DescendantTree;
import org.pedigree.model.LineageNode;
import org.pedigree.model.Trace;
import org.pedigree.publish.http.Site;

/**
 * Lays out the family tree around a model, left to right: its ancestors by distance (oldest on
 * the left), the model, and its direct derivatives grouped by kind. A group of more than
 * {@link #SHOWN_PER_KIND} derivatives shows the few with the most models below them and one box for
 * the rest, linking to the list of all of them; each derivative says how many models lie below it. Levels and columns are
 * capped, so a hub with thousands of descendants gives a picture of a few dozen boxes.
 */
public final class FamilyTreeLayout {
    public static final int SHOWN_PER_KIND = 4;
    /** How many derivatives of a kind are ranked by their own descendants to choose the ones shown. */
    static final int RANKED = 1000;
    static final int MAX_ANCESTOR_LEVELS = 6;
    static final int MAX_PER_LEVEL = 8;
    static final int BOX_WIDTH = 220;
    static final int BOX_HEIGHT = 40;
    static final int COLUMN_GAP = 70;
    static final int ROW_PITCH = 52;
    static final int HEADING = 26;
    static final int MARGIN = 16;
    static final int TOP = 36;

    private final Site site;
    private final LineageService lineage;

    public FamilyTreeLayout(Site site, LineageService lineage) {
        this.site = site;
        this.lineage = lineage;
    }

    /** The picture of the model {@code iri}, or empty when the analytics do not know it. */
    Optional<FamilyTree> of(String iri, NodeColouring colouring) {
        LineageAnalytics analytics = lineage.analytics();
        Optional<Trace> trace = analytics.trace(iri, 0, false);
        Optional<DescendantTree> tree = analytics.descendants(iri, 0, null, 0, 0);
        if (trace.isEmpty() || tree.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Builder(trace.get(), tree.get(), colouring).build());
    }

    private final class Builder {
        final Trace trace;
        final DescendantTree tree;
        final NodeColouring colouring;
        final List<FamilyTree.Box> boxes = new ArrayList<>();
        final List<FamilyTree.Curve> curves = new ArrayList<>();
        final List<FamilyTree.Label> labels = new ArrayList<>();
        /** Where each drawn model's box is. */
        final Map<String, FamilyTree.Box> drawn = new HashMap<>();
        /** The colour of each model, computed once. */
        final Map<String, NodeColouring.Swatch> swatches = new HashMap<>();

        Builder(Trace trace, DescendantTree tree, NodeColouring colouring) {
            this.trace = trace;
            this.tree = tree;
            this.colouring = colouring;
        }

        FamilyTree build() {
            // Ancestors by distance, nearest level on the right.
            TreeMap<Integer, List<Trace.Ancestor>> levels = new TreeMap<>();
            for (Trace.Ancestor a : trace.ancestors()) {
                levels.computeIfAbsent(a.depth(), d -> new ArrayList<>()).add(a);
            }
            levels.values().forEach(l -> l.sort(Comparator.comparing(a -> a.node().label())));
            int hiddenOlder = 0;
            while (levels.size() > MAX_ANCESTOR_LEVELS) {
                hiddenOlder += levels.pollLastEntry().getValue().size();
            }
            int ancestorColumns = levels.size() + (hiddenOlder > 0 ? 1 : 0);

            // Columns as lists of rows, measured before placing.
            List<List<Cell>> columns = new ArrayList<>();
            if (hiddenOlder > 0) {
                columns.add(List.of(Cell.box(FamilyTree.Role.MORE_ANCESTORS, null, "+" + hiddenOlder + " older ancestors", null,
                        site.href(trace.model().iri()) + "#lineage-heading")));
            }
            for (int depth : levels.descendingKeySet()) {
                List<Trace.Ancestor> level = levels.get(depth);
                List<Cell> column = new ArrayList<>();
                for (int i = 0; i < level.size() && i < MAX_PER_LEVEL; i++) {
                    LineageNode node = level.get(i).node();
                    column.add(Cell.box(FamilyTree.Role.ANCESTOR, node, node.label(), level.get(i).root() ? "root" : null, site.href(node.iri())));
                }
                if (level.size() > MAX_PER_LEVEL) {
                    column.add(Cell.box(FamilyTree.Role.MORE_ANCESTORS, null, "+" + (level.size() - MAX_PER_LEVEL) + " more at this distance",
                            null, site.href(trace.model().iri()) + "#lineage-heading"));
                }
                columns.add(column);
            }
            LineageNode model = trace.model();
            columns.add(List.of(Cell.box(FamilyTree.Role.MODEL, model, model.label(),
                    tree.total() > 0 ? tree.total() + " descendants" : null, site.href(model.iri()))));
            List<Cell> descendants = descendantColumn(model);
            if (!descendants.isEmpty()) {
                columns.add(descendants);
            }

            int height = 0;
            for (List<Cell> column : columns) {
                height = Math.max(height, columnHeight(column));
            }
            height += TOP + MARGIN;
            int width = MARGIN * 2 + columns.size() * BOX_WIDTH + (columns.size() - 1) * COLUMN_GAP;

            for (int c = 0; c < columns.size(); c++) {
                List<Cell> column = columns.get(c);
                int x = MARGIN + c * (BOX_WIDTH + COLUMN_GAP);
                int y = TOP + (height - TOP - MARGIN - columnHeight(column)) / 2;
                for (Cell cell : column) {
                    if (cell.heading() != null) {
                        labels.add(new FamilyTree.Label(x, y + HEADING - 8, cell.heading(), null));
                        y += HEADING;
                        continue;
                    }
                    FamilyTree.Box box = new FamilyTree.Box(x, y, BOX_WIDTH, BOX_HEIGHT, cell.role(), cell.text(), cell.note(), cell.href(),
                            tooltip(cell), cell.node() == null ? NodeColouring.PLAIN : swatch(cell.node().iri()));
                    boxes.add(box);
                    if (cell.node() != null) {
                        drawn.put(cell.node().iri(), box);
                    }
                    if (cell.role() == FamilyTree.Role.DESCENDANT || cell.role() == FamilyTree.Role.COLLAPSED) {
                        FamilyTree.Box from = drawn.get(model.iri());
                        curves.add(new FamilyTree.Curve(from.x() + from.width(), from.y() + from.height() / 2, box.x(), box.y() + box.height() / 2,
                                cell.kind()));
                    }
                    y += ROW_PITCH;
                }
            }
            for (Trace.Edge edge : trace.edges()) {
                FamilyTree.Box derived = drawn.get(edge.derived());
                FamilyTree.Box source = drawn.get(edge.source());
                if (derived != null && source != null) {
                    curves.add(new FamilyTree.Curve(source.x() + source.width(), source.y() + source.height() / 2, derived.x(),
                            derived.y() + derived.height() / 2, edge.kind()));
                }
            }
            if (hiddenOlder > 0 && ancestorColumns > 0) {
                FamilyTree.Box more = boxes.get(0);
                for (FamilyTree.Box b : boxes) {
                    if (b.role() == FamilyTree.Role.ANCESTOR && b.x() == MARGIN + (BOX_WIDTH + COLUMN_GAP)) {
                        curves.add(new FamilyTree.Curve(more.x() + more.width(), more.y() + more.height() / 2, b.x(), b.y() + b.height() / 2, null));
                    }
                }
            }

            int legendY = height;
            List<NodeColouring.Swatch> legend = colouring.legend();
            for (int i = 0; i < legend.size(); i++) {
                labels.add(new FamilyTree.Label(MARGIN, legendY + 18 + i * 22, legend.get(i).words(), legend.get(i)));
            }
            if (!legend.isEmpty()) {
                height += 22 * legend.size() + 12;
            }
            String title = "Lineage of " + model.label();
            String summary = trace.ancestors().size() + (trace.ancestors().size() == 1 ? " ancestor, " : " ancestors, ")
                    + tree.total() + (tree.total() == 1 ? " descendant" : " descendants") + byKind(tree.all());
            width = Math.max(width, Math.max(480, MARGIN * 2 + summary.length() * 8));
            labels.add(new FamilyTree.Label(MARGIN, 22, summary, null));
            return new FamilyTree(title, summary, width, height, boxes, curves, labels, colouring);
        }

        private List<Cell> descendantColumn(LineageNode model) {
            List<Cell> column = new ArrayList<>();
            for (String kind : LineageAnalytics.KINDS) {
                int count = tree.direct().getOrDefault(kind, 0);
                if (count == 0) {
                    continue;
                }
                column.add(Cell.heading(kind + " · " + count));
                boolean collapse = count > SHOWN_PER_KIND + 1;
                int shown = collapse ? SHOWN_PER_KIND : count;
                // The derivatives with the most models below them come first (among the first RANKED of a kind).
                DescendantTree page = lineage.analytics().descendants(model.iri(), 1, kind, 0, Math.min(count, RANKED)).orElseThrow();
                List<Map.Entry<DescendantTree.Descendant, Integer>> ranked = new ArrayList<>();
                for (DescendantTree.Descendant d : page.page()) {
                    ranked.add(Map.entry(d, lineage.analytics().descendants(d.node().iri(), 0, null, 0, 0).map(DescendantTree::total).orElse(0)));
                }
                ranked.sort(Comparator.comparing((Map.Entry<DescendantTree.Descendant, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().node().label()));
                for (Map.Entry<DescendantTree.Descendant, Integer> e : ranked.subList(0, Math.min(shown, ranked.size()))) {
                    DescendantTree.Descendant d = e.getKey();
                    int below = e.getValue();
                    column.add(new Cell(null, FamilyTree.Role.DESCENDANT, d.node(), d.node().label(), below > 0 ? "+" + below + " below" : null,
                            site.href(d.node().iri()), kind));
                }
                if (collapse) {
                    column.add(new Cell(null, FamilyTree.Role.COLLAPSED, null, "+" + (count - shown) + " more " + kind,
                            "show all " + count, "/models?base=" + URLEncoder.encode(site.href(model.iri()), StandardCharsets.UTF_8)
                            + "&kind=" + kind, kind));
                }
            }
            return column;
        }

        private NodeColouring.Swatch swatch(String iri) {
            return swatches.computeIfAbsent(iri, i -> colouring.of(lineage, i));
        }

        private String tooltip(Cell cell) {
            StringBuilder text = new StringBuilder(cell.node() != null ? cell.node().label() : cell.text());
            if (cell.kind() != null && cell.role() == FamilyTree.Role.DESCENDANT) {
                text.append(" (").append(cell.kind()).append(')');
            }
            if (cell.note() != null) {
                text.append(", ").append(cell.note());
            }
            if (cell.node() != null && colouring != NodeColouring.NONE) {
                text.append(": ").append(swatch(cell.node().iri()).words());
            }
            return text.toString();
        }
    }

    private static String byKind(Map<String, Integer> all) {
        Map<String, Integer> nonZero = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (v > 0) {
                nonZero.put(k, v);
            }
        });
        if (nonZero.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        nonZero.forEach((k, v) -> text.append(text.length() > 2 ? ", " : "").append(v).append(' ').append(k));
        return text.append(')').toString();
    }

    private static int columnHeight(List<Cell> column) {
        int h = 0;
        for (Cell cell : column) {
            h += cell.heading() != null ? HEADING : ROW_PITCH;
        }
        return h - (ROW_PITCH - BOX_HEIGHT);
    }

    /** One row of a column: a heading, or a box to be placed. */
    private record Cell(String heading, FamilyTree.Role role, LineageNode node, String text, String note, String href, String kind) {
        static Cell heading(String text) {
            return new Cell(text, null, null, null, null, null, null);
        }

        static Cell box(FamilyTree.Role role, LineageNode node, String text, String note, String href) {
            return new Cell(null, role, node, text, note, href, null);
        }
    }
}
