package org.pedigree.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedigree.model.EffectiveLicence;
import org.pedigree.model.LineagePath;
import org.pedigree.model.PathStep;
import org.pedigree.vocab.PED;

/**
 * The effective licence constraints of a model: the rules of its own licence and of every
 * ancestor's and every training dataset's licence (from the ODRL rules of Pedigree's licence
 * knowledge), each explained by the path it came along, and the conflicts a compliance officer
 * must see — a derivative whose licence drops an inherited prohibition or duty, a share-alike
 * break, a missing attribution or naming duty, a merge of parents whose licences cannot be met
 * together. No licence, or one Pedigree does not know, is reported as unknown: never as permissive.
 */
public final class LicenceInheritance {
    /** Duties a derivative's own licence must carry on (or the derivative must keep the same licence). */
    private static final Set<String> BINDING_DUTIES = Set.of(LicenceRules.ATTACH_POLICY, LicenceRules.SHARE_ALIKE,
            LicenceRules.ACCEPTABLE_USE, LicenceRules.RESEARCH_ONLY);
    private static final Set<String> ATTRIBUTION = Set.of(LicenceRules.ODRL + "attribute", LicenceRules.CC + "Notice",
            PED.NS + "displayAttributionNotice");
    /** Rights whose absence restricts a derivative. */
    private static final List<String> KEY_RIGHTS = List.of(LicenceRules.COMMERCIALIZE, LicenceRules.DERIVE, LicenceRules.DISTRIBUTE);

    private final LineageIndex index;

    public LicenceInheritance(LineageIndex index) {
        this.index = index;
    }

    /** The effective licence of a model, if the index knows it. */
    public Optional<EffectiveLicence> of(String iri) {
        return index.read(ix -> {
            LineageIndex.Entry model = ix.entry(iri);
            return model == null ? Optional.<EffectiveLicence>empty() : Optional.of(compute(ix, model.id));
        });
    }

    /** Computes under the caller's read lock. */
    static EffectiveLicence compute(LineageIndex ix, int modelId) {
        LineageIndex.Entry model = ix.entry(modelId);
        Traversals.Upward up = Traversals.up(ix, modelId, 0);
        List<Source> sources = sources(ix, up);
        List<EffectiveLicence.Rule> rules = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Source source : sources) {
            for (EffectiveLicence.Rule rule : rulesOf(ix, source)) {
                if (seen.add(rule.type() + " " + rule.action() + " " + rule.licence())) {
                    rules.add(rule);
                }
            }
        }
        List<EffectiveLicence.Conflict> conflicts = new ArrayList<>();
        conflicts.addAll(dropped(ix, model, sources));
        conflicts.addAll(mergeConflicts(ix, model));
        return new EffectiveLicence(Traversals.node(ix, modelId), List.of(model.licences), restrictions(rules), rules, conflicts);
    }

    /** Where a licence comes from: a node of the lineage (a model, or a dataset one of them was trained on) and the path to the model. */
    private record Source(int node, String licence, boolean dataset, boolean self, LineagePath path) {}

    private static List<Source> sources(LineageIndex ix, Traversals.Upward up) {
        List<Source> sources = new ArrayList<>();
        for (int node : up.depth().keySet()) {
            LineageIndex.Entry e = ix.entry(node);
            LineagePath path = up.pathFrom(ix, node);
            boolean self = node == up.start();
            for (String licence : licencesOf(e)) {
                sources.add(new Source(node, licence, false, self, path));
            }
            for (int d : e.datasets) {
                List<PathStep> steps = new ArrayList<>();
                steps.add(new PathStep(Traversals.node(ix, d), "trained-on"));
                steps.addAll(path.steps());
                for (String licence : licencesOf(ix.entry(d))) {
                    sources.add(new Source(d, licence, true, false, new LineagePath(steps)));
                }
            }
        }
        return sources;
    }

    /** The licences of a node, or the unknown licence when it declares none. */
    private static List<String> licencesOf(LineageIndex.Entry e) {
        return e.licences.length == 0 ? List.of(UNKNOWN) : List.of(e.licences);
    }

    private static final String UNKNOWN = PED.LICENCE_NS + "unknown";

    private static List<EffectiveLicence.Rule> rulesOf(LineageIndex ix, Source source) {
        LicenceRules.Licence licence = ix.licences().of(source.licence());
        String from = ix.entry(source.node()).type == LineageIndex.Type.REFERENCED && source.licence().equals(UNKNOWN)
                ? "has no record, so its licence is unknown" : "declares " + licence.label();
        String where = source.self() ? "this model " : Traversals.node(ix, source.node()).label() + " ";
        String via = source.self() ? "" : " (" + source.path().words() + ")";
        List<EffectiveLicence.Rule> rules = new ArrayList<>();
        if (licence.isUnknown()) {
            rules.add(new EffectiveLicence.Rule("unknown", null, licence.iri(), licence.label(), source.path(),
                    "licence unknown because " + where + (source.licence().equals(UNKNOWN) && ix.entry(source.node()).licences.length == 0
                            ? (ix.entry(source.node()).type == LineageIndex.Type.REFERENCED ? "has no record" : "states no licence")
                            : "declares " + licence.label()) + via));
            return rules;
        }
        for (String action : licence.prohibited()) {
            rules.add(new EffectiveLicence.Rule("prohibited", action, licence.iri(), licence.label(), source.path(),
                    actionName(action) + " prohibited because " + where + from + via));
        }
        for (String right : KEY_RIGHTS) {
            if (!licence.permitted().contains(right) && !licence.prohibited().contains(right)) {
                rules.add(new EffectiveLicence.Rule("not-permitted", right, licence.iri(), licence.label(), source.path(),
                        actionName(right) + " not granted because " + where + from + via));
            }
        }
        for (String duty : licence.duties()) {
            rules.add(new EffectiveLicence.Rule("duty", duty, licence.iri(), licence.label(), source.path(),
                    actionName(duty) + " required because " + where + from + via
                            + (duty.equals(LicenceRules.NAME_PREFIX) ? ": the name must begin with \"" + licence.requiredPrefix().orElse("?") + "\"" : "")));
        }
        return rules;
    }

    /** The summary restrictions (names of {@code ped:} individuals) of a list of rules. */
    static List<String> restrictions(List<EffectiveLicence.Rule> rules) {
        Set<String> restrictions = new LinkedHashSet<>();
        for (EffectiveLicence.Rule rule : rules) {
            String action = rule.action() == null ? "" : rule.action();
            switch (rule.type()) {
                case "unknown" -> restrictions.add("UnknownLicence");
                case "prohibited", "not-permitted" -> {
                    if (action.equals(LicenceRules.COMMERCIALIZE)) {
                        restrictions.add("NonCommercialUse");
                    }
                }
                case "duty" -> {
                    if (action.equals(LicenceRules.SHARE_ALIKE)) {
                        restrictions.add("ShareAlikeDuty");
                    } else if (action.equals(LicenceRules.RESEARCH_ONLY)) {
                        restrictions.add("ResearchUseOnly");
                    } else if (action.equals(LicenceRules.ACCEPTABLE_USE)) {
                        restrictions.add("AcceptableUsePolicyDuty");
                    } else if (action.equals(LicenceRules.NAME_PREFIX)) {
                        restrictions.add("NamingDuty");
                    }
                }
                default -> { }
            }
        }
        return List.copyOf(restrictions);
    }

    /** What the model's own licence drops of what its lineage hands down. */
    private static List<EffectiveLicence.Conflict> dropped(LineageIndex ix, LineageIndex.Entry model, List<Source> sources) {
        List<EffectiveLicence.Conflict> conflicts = new ArrayList<>();
        List<LicenceRules.Licence> own = new ArrayList<>();
        for (String iri : model.licences) {
            own.add(ix.licences().of(iri));
        }
        if (own.isEmpty() || own.stream().allMatch(LicenceRules.Licence::isUnknown)) {
            return conflicts; // nothing declared: reported as unknown, not as a conflict
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Source source : sources) {
            if (source.self()) {
                continue;
            }
            LicenceRules.Licence inherited = ix.licences().of(source.licence());
            if (inherited.isUnknown()) {
                continue;
            }
            String severity = source.dataset() ? "warning" : "violation";
            String origin = Traversals.node(ix, source.node()).label();
            for (LicenceRules.Licence mine : own) {
                if (mine.iri().equals(inherited.iri()) || mine.isUnknown()) {
                    continue;
                }
                for (String action : restrictedActions(inherited)) {
                    // An inherited prohibition is dropped unless the own licence prohibits it too; a right
                    // the inherited licence does not grant is dropped when the own licence grants it.
                    boolean drops = inherited.prohibited().contains(action) ? !mine.prohibited().contains(action)
                            : mine.permitted().contains(action);
                    if (drops && reported.add("p " + action + " " + inherited.iri() + " " + mine.iri())) {
                        boolean prohibited = inherited.prohibited().contains(action);
                        conflicts.add(new EffectiveLicence.Conflict("drops-prohibition", severity, "declares " + mine.label()
                                + (prohibited ? ", which does not prohibit " : ", which grants ") + actionName(action) + ", but " + origin
                                + " is under " + inherited.label() + (prohibited ? ", which prohibits it: " : ", which does not grant it: ")
                                + source.path().words(), source.path()));
                    }
                }
                for (String duty : inherited.duties()) {
                    if (mine.duties().contains(duty) || !reported.add("d " + duty + " " + inherited.iri() + " " + mine.iri())) {
                        continue;
                    }
                    if (duty.equals(LicenceRules.SHARE_ALIKE)) {
                        conflicts.add(new EffectiveLicence.Conflict("share-alike-break", severity, "declares " + mine.label() + ", but "
                                + origin + " is under " + inherited.label() + ", whose share-alike term requires the same licence: "
                                + source.path().words(), source.path()));
                    } else if (BINDING_DUTIES.contains(duty)) {
                        conflicts.add(new EffectiveLicence.Conflict("drops-duty", severity, "declares " + mine.label() + ", which drops the duty to "
                                + actionName(duty) + " that " + inherited.label() + " of " + origin + " imposes: " + source.path().words(),
                                source.path()));
                    } else if (ATTRIBUTION.contains(duty) && mine.duties().stream().noneMatch(ATTRIBUTION::contains)) {
                        conflicts.add(new EffectiveLicence.Conflict("missing-attribution", severity, "declares " + mine.label()
                                + ", which asks for no attribution, but " + inherited.label() + " of " + origin + " requires it: "
                                + source.path().words(), source.path()));
                    }
                }
            }
            if (inherited.duties().contains(LicenceRules.NAME_PREFIX) && inherited.requiredPrefix().isPresent()
                    && !nameCarries(model, inherited.requiredPrefix().get()) && reported.add("n " + inherited.iri())) {
                conflicts.add(new EffectiveLicence.Conflict("naming-duty", severity, "the name " + Traversals.node(ix, model.id).label()
                        + " does not begin with \"" + inherited.requiredPrefix().get() + "\", as " + inherited.label() + " of " + origin
                        + " requires: " + source.path().words(), source.path()));
            }
        }
        return conflicts;
    }

    /** Actions a licence forbids, or does not grant among the key rights. */
    private static Set<String> restrictedActions(LicenceRules.Licence licence) {
        Set<String> actions = new LinkedHashSet<>(licence.prohibited());
        for (String right : KEY_RIGHTS) {
            if (!licence.permitted().contains(right)) {
                actions.add(right);
            }
        }
        return actions;
    }

    /** Two or more parents whose licences each bind the derivative to themselves, or one binding and another forbidding more. */
    private static List<EffectiveLicence.Conflict> mergeConflicts(LineageIndex ix, LineageIndex.Entry model) {
        if (model.parents.length < 2) {
            return List.of();
        }
        Map<String, Integer> binding = new LinkedHashMap<>();
        Map<String, Integer> forbidding = new LinkedHashMap<>();
        for (int parent : model.parents) {
            for (String iri : ix.entry(parent).licences) {
                LicenceRules.Licence licence = ix.licences().of(iri);
                if (licence.duties().contains(LicenceRules.SHARE_ALIKE)) {
                    binding.putIfAbsent(iri, parent);
                }
                if (!licence.isUnknown() && !restrictedActions(licence).isEmpty()) {
                    forbidding.putIfAbsent(iri, parent);
                }
            }
        }
        List<EffectiveLicence.Conflict> conflicts = new ArrayList<>();
        List<String> bound = new ArrayList<>(binding.keySet());
        if (bound.size() > 1) {
            conflicts.add(new EffectiveLicence.Conflict("incompatible-merge", "violation", "merges parents under "
                    + String.join(" and ", bound.stream().map(i -> ix.licences().of(i).label()).toList())
                    + ", each of which requires a derivative to carry it alone", mergePath(ix, model, binding.values())));
        }
        for (String sa : bound) {
            LicenceRules.Licence shareAlike = ix.licences().of(sa);
            for (Map.Entry<String, Integer> f : forbidding.entrySet()) {
                LicenceRules.Licence other = ix.licences().of(f.getKey());
                Set<String> extra = restrictedActions(other);
                extra.removeAll(restrictedActions(shareAlike));
                if (!f.getKey().equals(sa) && !extra.isEmpty()) {
                    conflicts.add(new EffectiveLicence.Conflict("incompatible-merge", "violation", "merges a parent under " + shareAlike.label()
                            + " (share alike: the merge must carry it) with one under " + other.label() + ", which adds "
                            + String.join(", ", extra.stream().map(LicenceInheritance::actionName).toList()) + " that "
                            + shareAlike.label() + " does not allow to add", mergePath(ix, model, List.of(binding.get(sa), f.getValue()))));
                }
            }
        }
        return conflicts;
    }

    private static LineagePath mergePath(LineageIndex ix, LineageIndex.Entry model, Collection<Integer> parents) {
        List<PathStep> steps = new ArrayList<>();
        parents.forEach(p -> steps.add(new PathStep(Traversals.node(ix, p), "merge")));
        steps.add(new PathStep(Traversals.node(ix, model.id), null));
        return new LineagePath(steps);
    }

    private static boolean nameCarries(LineageIndex.Entry model, String prefix) {
        String name = model.name != null ? model.name : model.iri.substring(model.iri.lastIndexOf('/') + 1);
        return normal(name).startsWith(normal(prefix)) || normal(model.iri.substring(model.iri.lastIndexOf('/') + 1)).startsWith(normal(prefix));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** An ODRL or Pedigree action in words. */
    static String actionName(String action) {
        if (action == null) {
            return "";
        }
        String local = action.substring(Math.max(action.lastIndexOf('/'), action.lastIndexOf('#')) + 1);
        return switch (local) {
            case "commercialize" -> "commercial use";
            case "derive" -> "making derivatives";
            case "distribute" -> "distribution";
            case "attachPolicy" -> "keeping the licence (derivatives stay under it)";
            case "ShareAlike" -> "share alike";
            case "Notice" -> "keeping notices";
            case "SourceCode" -> "sharing source";
            case "attribute" -> "attribution";
            case "followAcceptableUsePolicy" -> "following the acceptable-use policy";
            case "displayAttributionNotice" -> "displaying the attribution notice";
            case "nameDerivativeWithPrefix" -> "naming the derivative with the licence's prefix";
            case "useForResearchOnly" -> "use for research only";
            case "improveOtherModels" -> "using outputs to improve other models";
            case "exceedUserThreshold" -> "serving beyond the user threshold without another licence";
            default -> local;
        };
    }
}
