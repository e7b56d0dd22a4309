package org.pedigree.model;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place where instance IRIs are minted from the configured base URI, following the public
 * URL layout: {@code model/{owner}/{name}}, {@code dataset/{owner}/{name}}, {@code record/{id}},
 * {@code record/{id}/v/{n}}, and the graph {@code meta/records} that holds record metadata. It also
 * gives the site paths of those IRIs ({@link #pathOf(String)}, {@link #apiPathOf(String)},
 * {@link #recordPath(String)}) and reads what users type for a model: a Pedigree IRI or a Hugging
 * Face style {@code owner/name} id ({@link #modelIri(String)}).
 */
public final class InstanceIris {
    /** A record id: letters, digits, '.', '_' and '-' (owner and name joined by "--"). */
    public static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    /** The path segments under the base, one per kind of thing (as in the routes {@code /model/{owner}/{name}} …). */
    public static final String MODEL = "model/";
    public static final String DATASET = "dataset/";
    public static final String ACTIVITY = "activity/";
    public static final String AGENT = "agent/";
    public static final String RECORD = "record/";
    private static final Pattern HF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String base;

    /** @param baseUri an absolute http(s) URI; a missing final slash is added */
    public InstanceIris(String baseUri) {
        URI uri = URI.create(baseUri);
        if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("the base URI must be an absolute http or https URI, not '" + baseUri + "'");
        }
        this.base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
    }

    /** The base URI, always ending with a slash. */
    public String base() {
        return base;
    }

    /** The model IRI of a Hugging Face style id ({@code owner/name}). */
    public String modelOfHfId(String hfId) {
        if (!isHfId(hfId)) {
            throw new IllegalArgumentException("'" + hfId + "' is not a Hugging Face id of the form owner/name");
        }
        return base + MODEL + hfId;
    }

    public String datasetOfHfId(String hfId) {
        if (!isHfId(hfId)) {
            throw new IllegalArgumentException("'" + hfId + "' is not a dataset id of the form owner/name");
        }
        return base + DATASET + hfId;
    }

    public String activity(String id) {
        return base + ACTIVITY + id;
    }

    public String agent(String id) {
        return base + AGENT + id;
    }

    public String record(String id) {
        return base + RECORD + id;
    }

    public String recordVersion(String id, int version) {
        return record(id) + "/v/" + version;
    }

    /** The prefix of every record graph. */
    public String recordNamespace() {
        return base + RECORD;
    }

    /** The named graph that holds the metadata and history of every record. */
    public String recordMetadataGraph() {
        return base + "meta/records";
    }

    /** The named graph of computed lineage facts (effective restrictions, licence conflicts, advisory statuses). */
    public String lineageGraph() {
        return base + "meta/lineage";
    }

    /** The VoID description of the whole dataset. */
    public String voidDocument() {
        return base + ".well-known/void";
    }

    /** The dataset as a whole (what every document is {@code void:inDataset}). */
    public String voidDataset() {
        return voidDocument() + "#dataset";
    }

    /** The record id of a record IRI of this base, if it is one. */
    public Optional<String> recordId(String iri) {
        if (iri == null || !iri.startsWith(recordNamespace())) {
            return Optional.empty();
        }
        String id = iri.substring(recordNamespace().length());
        return RECORD_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** The record id Pedigree gives the record of a model or dataset IRI of this base ({@code owner--name}). */
    public Optional<String> recordIdFor(String thingIri) {
        for (String kind : new String[] {MODEL, DATASET}) {
            if (thingIri.startsWith(base + kind)) {
                String path = thingIri.substring((base + kind).length());
                if (HF_ID.matcher(path).matches()) {
                    return Optional.of((kind.equals(DATASET) ? "dataset--" : "") + path.replace("/", "--"));
                }
            }
        }
        return Optional.empty();
    }

    /** The Hugging Face style id of a model or dataset IRI of this base ({@code owner/name}), if it is one. */
    public Optional<String> hfIdOf(String thingIri) {
        for (String kind : new String[] {MODEL, DATASET}) {
            if (thingIri.startsWith(base + kind) && HF_ID.matcher(thingIri.substring((base + kind).length())).matches()) {
                return Optional.of(thingIri.substring((base + kind).length()));
            }
        }
        return Optional.empty();
    }

    /**
     * The IRI a user means by a model given as a Pedigree (or any http/https) IRI, kept as it is, or
     * as an {@code owner/name} id, minted under this base; empty when it is neither, so that each
     * caller can say so in its own words.
     */
    public Optional<String> modelIri(String idOrIri) {
        return isIri(idOrIri) ? Optional.of(idOrIri) : isHfId(idOrIri) ? Optional.of(modelOfHfId(idOrIri)) : Optional.empty();
    }

    /** As {@link #modelIri(String)}, for a dataset. */
    public Optional<String> datasetIri(String idOrIri) {
        return isIri(idOrIri) ? Optional.of(idOrIri) : isHfId(idOrIri) ? Optional.of(datasetOfHfId(idOrIri)) : Optional.empty();
    }

    /** True when the text is an http or https IRI rather than an id. */
    public static boolean isIri(String text) {
        return text != null && (text.startsWith("http://") || text.startsWith("https://"));
    }

    /**
     * What follows the {@code /model/} or {@code /dataset/} segment of a model or dataset IRI of any
     * base (a server's IRI read by a client that does not know its base), if it has one.
     */
    public static Optional<String> idAfterKind(String iri) {
        int kind = Math.max(iri.indexOf("/" + MODEL), iri.indexOf("/" + DATASET));
        return kind < 0 ? Optional.empty() : Optional.of(iri.substring(iri.indexOf('/', kind + 1) + 1));
    }

    /** The IRI of a path of this site ({@code model/a/b} or {@code /model/a/b}). */
    public String iriOfPath(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The root-relative path of an IRI of this base ({@code /model/a/b}), if it is one. */
    public Optional<String> pathOf(String iri) {
        return isLocal(iri) ? Optional.of("/" + iri.substring(base.length())) : Optional.empty();
    }

    /**
     * The JSON API path of a model or dataset IRI of this base ({@code /api/models/a/b},
     * {@code /api/datasets/a/b}), if it is one.
     */
    public Optional<String> apiPathOf(String iri) {
        if (iri != null && iri.startsWith(base + MODEL)) {
            return Optional.of("/api/models/" + iri.substring((base + MODEL).length()));
        }
        if (iri != null && iri.startsWith(base + DATASET)) {
            return Optional.of("/api/datasets/" + iri.substring((base + DATASET).length()));
        }
        return Optional.empty();
    }

    /** The root-relative path of a record's page ({@code /record/{id}}). */
    public static String recordPath(String id) {
        return "/" + RECORD + id;
    }

    public static boolean isHfId(String id) {
        return id != null && HF_ID.matcher(id).matches();
    }

    /** True when the IRI is minted under this base. */
    public boolean isLocal(String iri) {
        return iri != null && iri.startsWith(base);
    }
}
