package org.pedigree.ingest.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.pedigree.ingest.InputProblem;
import org.pedigree.model.InstanceIris;

/**
 * Hugging Face ids as the Hub compares them: {@code https://huggingface.co/owner/name} and
 * {@code owner/name} are the same id, and case does not matter. An import gives every model one
 * spelling — the store's when the store already names it, else its own source's spelling when the
 * batch has it, else the first seen — so the same model named by several sources is one node.
 */
final class HfIds {
    private static final String HUB = "https://huggingface.co/";
    /** A legacy Hub id without owner ({@code gpt2}, {@code bert-base-uncased}). */
    private static final Pattern LEGACY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Map<String, String> spelling = new HashMap<>();

    /** Registers the spelling of a model the store already holds (wins over every other). */
    void known(String id) {
        spelling.put(id.toLowerCase(Locale.ROOT), id);
    }

    /** Registers the id a model's own source gives it (wins over spellings in references). */
    void own(String id) {
        spelling.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
    }

    /** The one spelling of {@code id} in this batch. */
    String canonical(String id) {
        return spelling.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> id);
    }

    /**
     * A model or dataset reference of a card as an id ({@code owner/name}), or as a Hub URL for a
     * legacy id without owner; local paths and other values are an {@link InputProblem}.
     */
    static String reference(String where, String field, String value) {
        String v = value.strip();
        if (v.startsWith(HUB)) {
            v = v.substring(HUB.length());
        }
        v = v.replaceAll("/+$", "");
        if (InstanceIris.isHfId(v)) {
            return v;
        }
        if (LEGACY_ID.matcher(v).matches() && !v.equals(".") && !v.equals("..")) {
            return HUB + v;
        }
        if (v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~") || v.contains("\\")
                || v.matches("^[A-Za-z]:.*") || v.split("/").length > 2) {
            throw new InputProblem(where + ", field " + field + ": '" + value + "' is a local path, not a Hugging Face id — "
                    + "name the model as it is published on the Hub (OWNER/NAME), or remove it.");
        }
        throw new InputProblem(where + ", field " + field + ": '" + value + "' is not a Hugging Face id — write OWNER/NAME "
                + "(letters, digits, '.', '_', '-').");
    }

    /** A dataset reference of a card: {@code owner/name}, or the Hub URL of a dataset without owner. */
    static String dataset(String where, String value) {
        String v = value.strip();
        if (v.startsWith(HUB + "datasets/")) {
            v = v.substring((HUB + "datasets/").length());
        }
        String reference = reference(where, "datasets", v);
        return isId(reference) ? reference : HUB + "datasets/" + reference.substring(HUB.length());
    }

    /** True when {@code reference} (from {@link #reference}) is an {@code owner/name} id rather than a Hub URL. */
    static boolean isId(String reference) {
        return !reference.startsWith(HUB);
    }

    /** The model id of a card from its place: the folder {@code owner__name} (or the Hub URL so flattened) that holds it. */
    static String fromFolderName(String folder) {
        String id = folder.replace("__", "/");
        if (id.startsWith(HUB)) {
            id = id.substring(HUB.length());
        }
        return id;
    }

    static boolean sameModel(String a, String b) {
        return a.equalsIgnoreCase(b);
    }
}
