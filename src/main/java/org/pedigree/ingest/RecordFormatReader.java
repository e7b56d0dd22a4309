package org.pedigree.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Pedigree record format, in YAML (one record per document, documents separated by
 * {@code ---}) or JSON (one record object, or an array of them). See docs/records.md. YAML is read
 * safely: plain data only, no custom types, bounded aliases, depth and size. Each document is read
 * into a {@link RecordDraft} by {@link RecordFormatFields} and mapped as an importer's draft is.
 */
final class RecordFormatReader implements RecordReader {
    private final boolean yaml;
    private final RecordFormatMapping mapping;
    private final ObjectMapper mapper;

    RecordFormatReader(boolean yaml, RecordFormatMapping mapping) {
        this.yaml = yaml;
        this.mapping = mapping;
        this.mapper = yaml ? SafeYaml.yamlMapper() : SafeYaml.jsonMapper();
    }

    @Override
    public List<IncomingRecord> read(RecordSource source, String text, String sha256) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (!yaml && doc.isArray()) {
                    doc.forEach(documents::add);
                } else if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    documents.add(doc);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputProblem(source.name() + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid " + (yaml ? "YAML" : "JSON") + " — " + e.getOriginalMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(source.name() + ": not valid " + (yaml ? "YAML" : "JSON") + " — " + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            throw new InputProblem(source.name() + ": holds no record — see docs/records.md for the record format.");
        }
        List<IncomingRecord> records = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String where = documents.size() == 1 ? source.name() : source.name() + ", record " + (i + 1);
            RecordFormatMapping.Mapped mapped = mapping.toRdf(where, RecordFormatFields.read(where, documents.get(i)));
            records.add(new IncomingRecord(mapped.id(), mapped.graph(), source.name(), yaml ? "yaml" : "json", sha256));
        }
        return records;
    }
}
