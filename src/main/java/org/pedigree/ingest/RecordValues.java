package org.pedigree.ingest;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.pedigree.model.InstanceIris;

/**
 * The checks of single values of a record, shared by the record format's fields
 * ({@link RecordFormatFields}) and their mapping ({@link RecordFormatMapping}): each returns the
 * value as it is used or refuses it with an {@link InputProblem} naming the place ({@code where})
 * and the field.
 */
final class RecordValues {
    private RecordValues() {}

    /** The value of a required field, stripped: missing or blank is refused. */
    static String required(String where, String field, String value) {
        if (value == null) {
            throw new InputProblem(where + ": the field '" + field + "' is required.");
        }
        return optional(where, field, value);
    }

    /** The value of an optional field, stripped, or null: blank is refused. */
    static String optional(String where, String field, String value) {
        if (value != null && value.isBlank()) {
            throw new InputProblem(where + ", field " + field + ": expected a single value, not an empty value.");
        }
        return value == null ? null : value.strip();
    }

    /** An agent id as given, if it is one ({@code where} names the agent). */
    static String agentId(String where, String id) {
        if (!InstanceIris.RECORD_ID.matcher(id).matches()) {
            throw new InputProblem(where + ": '" + id + "' is not an agent id — use letters, digits, '.', '_' and '-' (a Hugging Face user or organisation name works).");
        }
        return id;
    }

    static String absolute(String where, String value) {
        return absolute(where, value, "an absolute http(s) IRI");
    }

    /** An absolute http(s) IRI with a host; {@code expected} says in the message what else would do. */
    static String absolute(String where, String value, String expected) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getHost() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InputProblem(where + ": '" + value + "' is not " + expected + ".");
    }

    static Literal dateTime(String where, String value) {
        if (!XSDDatatype.XSDdateTime.isValid(value)) {
            throw new InputProblem(where + ": '" + value + "' is not a date and time — write it as 2026-03-02T08:00:00Z (ISO 8601 with a time and zone).");
        }
        return ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdateTime);
    }
}
