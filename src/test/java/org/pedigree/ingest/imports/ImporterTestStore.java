package org.pedigree.ingest.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordSource;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.Tdb2LineageStore;
import org.pedigree.validate.LineageValidator;

/**
 * What the importer tests share: a real TDB2 store with Pedigree's knowledge, the record writer
 * every import stores through, the importers by format, and the store's answers to a SELECT as sorted lines.
 */
abstract class ImporterTestStore {
    static final String BASE = "https://lineage.example.org/";
    static final InstanceIris IRIS = new InstanceIris(BASE);
    static final String PREFIXES = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX ped: <https://w3id.org/pedigree#>
            PREFIX schema: <http://schema.org/>
            PREFIX fair4ml: <https://w3id.org/fair4ml#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    @TempDir
    Path dir;
    Tdb2LineageStore store;
    RecordWriter writer;
    RecordReaders readers;

    @BeforeEach
    void openStore() {
        store = Tdb2LineageStore.open(dir);
        Knowledge.bundled().syncInto(store);
        writer = new RecordWriter(store, LineageValidator.bundled(Knowledge.bundled().merged()), IRIS, Clock.systemUTC());
        readers = new RecordReaders(IRIS, Knowledge.bundled());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Converts the sources with the importer of {@code format}, as {@code pedigree import} does on an empty store. */
    ImportBatch convert(ImportFormat format, List<RecordSource> sources) {
        return format.importer(IRIS, Knowledge.bundled(), readers, Importer.Options.NONE).convert(sources);
    }

    static RecordSource source(Path file) throws IOException {
        return new RecordSource(file.toString(), Files.readAllBytes(file), null);
    }

    /** Rows of a SELECT (with {@link #PREFIXES}) as "a b c" lines, sorted; IRIs without the base. */
    List<String> rows(String select) {
        Query query = QueryFactory.create(PREFIXES + select);
        return store.select(query, row -> String.join(" ", query.getResultVars().stream().map(v -> {
            var node = row.get(v);
            return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI().replace(BASE, "");
        }).toList())).stream().sorted().toList();
    }
}
