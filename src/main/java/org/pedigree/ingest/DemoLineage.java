package org.pedigree.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.PED;

/**
 * The demo lineage shipped with Pedigree (the dictionary entry's two worked examples), one named
 * graph per record, with instance IRIs relative to the server's base URI.
 */
public final class DemoLineage {
    static final String RESOURCE = "/demo/demo-lineage.trig";

    private DemoLineage() {}

    /** Parses the demo records with their IRIs resolved against {@code baseUri}. */
    public static DatasetGraph parse(String baseUri) {
        DatasetGraph demo = DatasetGraphFactory.createTxnMem();
        try (InputStream in = DemoLineage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo data " + RESOURCE + " is missing from the build");
            }
            RDFParser.source(in).lang(Lang.TRIG).base(baseUri).parse(demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return demo;
    }

    /**
     * Stores the demo records through {@code writer} (validated, with their history), read by
     * {@code readers} with their IRIs under its base URI, when {@code store} holds no record yet
     * (Pedigree's own knowledge graphs do not count).
     *
     * @return the number of records loaded, 0 when the store already held records
     */
    public static int loadIfNoRecords(LineageStore store, RecordReaders readers, RecordWriter writer) {
        if (store.read(DemoLineage::hasRecords)) {
            return 0;
        }
        byte[] trig;
        try (InputStream in = DemoLineage.class.getResourceAsStream(RESOURCE)) {
            trig = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<IncomingRecord> records = readers.read(new RecordSource("demo-lineage.trig", trig, "application/trig"));
        WriteOutcome outcome = writer.write(records, WriteMode.CREATE, false, "pedigree demo");
        if (!outcome.committed()) {
            throw new IllegalStateException("the shapes refused " + outcome.refusedIds().size() + " demo record(s): "
                    + String.join(", ", outcome.refusedIds()) + " — nothing was stored.");
        }
        return records.size();
    }

    private static boolean hasRecords(DatasetGraph dsg) {
        for (var graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            if (!graphs.next().getURI().startsWith(PED.GRAPH_NS)) {
                return true;
            }
        }
        return false;
    }
}
