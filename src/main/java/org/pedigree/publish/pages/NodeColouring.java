package org.pedigree.publish.pages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pedigree.lineage.AdvisoryPropagation;
import org.pedigree.lineage.LineageService;
import org.pedigree.model.AdvisoryStatus;
import org.pedigree.model.EffectiveLicence;

/**
 * How the lineage picture colours its nodes ({@code ?colour=licence|advisory}): by the strongest
 * effective licence restriction of each model, or by its worst advisory status. Every colour is a
 * light fill under dark text (contrast above 4.5:1) and the class is also said in words in each
 * node's title and in the legend, so colour is never the only cue.
 */
public enum NodeColouring {
    NONE, LICENCE, ADVISORY;

    /** One class of node: its words, fill and border. */
    public record Swatch(String key, String words, String fill, String stroke) {}

    static final Swatch PLAIN = new Swatch("plain", "", "#ffffff", "#5b6472");
    public static final Swatch RESTRICTED = new Swatch("restricted", "use restricted (non-commercial or research only)", "#fde2e1", "#a00000");
    static final Swatch DUTIES = new Swatch("duties", "duties apply (share alike, acceptable use, naming)", "#fff1cc", "#7a5000");
    static final Swatch UNKNOWN = new Swatch("unknown", "unknown licence in the lineage", "#e6e8ee", "#4a5260");
    public static final Swatch PERMISSIVE = new Swatch("permissive", "no inherited restriction", "#dcf1dd", "#1d5b1d");
    public static final Swatch AFFECTED = new Swatch("affected", "affected by an advisory", "#fde2e1", "#a00000");
    static final Swatch INVESTIGATING = new Swatch("under_investigation", "advisory under investigation", "#fff1cc", "#7a5000");
    static final Swatch RESOLVED = new Swatch("resolved", "advisory fixed or not affecting it", "#dcf1dd", "#1d5b1d");
    static final Swatch CLEAR = new Swatch("clear", "no advisory reaches it", "#ffffff", "#5b6472");

    /** The colouring named by a query parameter; anything else is none. */
    static NodeColouring of(String parameter) {
        if (parameter == null) {
            return NONE;
        }
        return switch (parameter.toLowerCase(Locale.ROOT)) {
            case "licence", "license" -> LICENCE;
            case "advisory", "advisories" -> ADVISORY;
            default -> NONE;
        };
    }

    /** The query value of this colouring, or null for none. */
    String parameter() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }

    /** The swatches the legend lists, in order. */
    List<Swatch> legend() {
        return switch (this) {
            case NONE -> List.of();
            case LICENCE -> List.of(RESTRICTED, DUTIES, UNKNOWN, PERMISSIVE);
            case ADVISORY -> List.of(AFFECTED, INVESTIGATING, RESOLVED, CLEAR);
        };
    }

    /** The swatch of one model or dataset (a thing the analytics do not know is plain). */
    Swatch of(LineageService lineage, String iri) {
        return switch (this) {
            case NONE -> PLAIN;
            case LICENCE -> lineage.licences().of(iri).map(NodeColouring::licence).orElse(UNKNOWN);
            case ADVISORY -> lineage.advisories().of(iri).map(NodeColouring::advisory).orElse(CLEAR);
        };
    }

    private static Swatch licence(EffectiveLicence licence) {
        List<String> r = licence.restrictions();
        if (r.contains("NonCommercialUse") || r.contains("ResearchUseOnly")) {
            return RESTRICTED;
        }
        if (r.contains("ShareAlikeDuty") || r.contains("AcceptableUsePolicyDuty") || r.contains("NamingDuty")) {
            return DUTIES;
        }
        return r.contains("UnknownLicence") ? UNKNOWN : PERMISSIVE;
    }

    private static Swatch advisory(List<AdvisoryStatus> statuses) {
        Optional<String> worst = statuses.stream().map(AdvisoryStatus::status)
                .min((a, b) -> Integer.compare(rank(a), rank(b)));
        if (worst.isEmpty()) {
            return CLEAR;
        }
        return switch (worst.get()) {
            case "affected" -> AFFECTED;
            case "under_investigation" -> INVESTIGATING;
            default -> RESOLVED;
        };
    }

    private static int rank(String status) {
        int i = AdvisoryPropagation.SEVERITY.indexOf(status);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
