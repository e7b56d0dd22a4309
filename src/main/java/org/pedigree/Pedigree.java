package org.pedigree;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pedigree.ingest.CommitListener;
import org.pedigree.ingest.DemoLineage;
import org.pedigree.ingest.Knowledge;
import org.pedigree.ingest.RecordReaders;
import org.pedigree.ingest.RecordWriter;
import org.pedigree.ingest.imports.ImportFormat;
import org.pedigree.ingest.imports.Importer;
import org.pedigree.lineage.Catalogue;
import org.pedigree.lineage.Descriptions;
import org.pedigree.lineage.LineageService;
import org.pedigree.lineage.RecordHistory;
import org.pedigree.lineage.StoreOverview;
import org.pedigree.lineage.browse.BrowseCatalogue;
import org.pedigree.lineage.export.ModelExporter;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.LineageStore;
import org.pedigree.store.RemoteLineageStore;
import org.pedigree.store.StoreSettings;
import org.pedigree.validate.LineageValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application over one store: Pedigree's knowledge, the record readers and the one writer, the
 * lineage analytics, and the read side (catalogue, browse index, record history, descriptions, exports), each
 * built once and shared by whoever uses the store — the server, the commands, the demo, the tests.
 * The writer tells the lineage service of every commit, whoever writes.
 *
 * <pre>{@code
 * Pedigree app = Pedigree.over(store, new InstanceIris("https://lineage.example.org/"), Clock.systemUTC());
 * app.prepare(true);                       // what `serve` does before it answers
 * app.writer().write(app.readers().read(source), WriteMode.UPSERT, false, "me");
 * app.lineage().analytics().trace(iri);
 * }</pre>
 * The application does not own the store: whoever opened it closes it.
 */
public final class Pedigree {
    private static final Logger LOG = LoggerFactory.getLogger(Pedigree.class);

    private final LineageStore store;
    private final InstanceIris iris;
    private final Clock clock;
    private final Knowledge knowledge;
    private final RecordReaders readers;
    private final RecordWriter writer;
    private final Catalogue catalogue;
    private final StoreOverview overview;
    private final LineageService lineage;
    private final RecordHistory history;
    private final Descriptions descriptions;
    private final ModelExporter exporter;
    private final BrowseCatalogue browse;

    private Pedigree(LineageStore store, InstanceIris iris, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knowledge = Knowledge.bundled();
        this.readers = new RecordReaders(iris, knowledge);
        this.writer = new RecordWriter(store, LineageValidator.bundled(knowledge.merged()), iris, clock);
        this.catalogue = new Catalogue(store, iris.recordNamespace());
        this.lineage = new LineageService(store, iris, catalogue, writer::settled);
        this.history = new RecordHistory(store, iris);
        this.descriptions = new Descriptions(store);
        this.exporter = new ModelExporter(store, iris, clock);
        this.browse = new BrowseCatalogue(store, lineage);
        this.overview = new StoreOverview(() -> lineage.analytics().index(), catalogue, iris);
        writer.addCommitListener(new LineageFollows(lineage));
        writer.addCommitListener(new CountsFollow(catalogue));
    }

    /** The application over {@code store}, minting instance IRIs with {@code iris} and dating record versions by {@code clock}. */
    public static Pedigree over(LineageStore store, InstanceIris iris, Clock clock) {
        return new Pedigree(store, iris, clock);
    }

    /**
     * The start-up recipe of a server, in one place: remembers the base URI in the store (refusing
     * a store that holds IRIs under another), stores Pedigree's knowledge where it changed, checks
     * that a remote store's default graph is the union of its graphs, and, when {@code demo}, loads
     * the demo lineage into a store that holds no record yet.
     *
     * @throws IllegalStateException when the store remembers another base URI
     * @throws org.pedigree.store.StoreUnavailableException when a remote store cannot be used
     */
    public void prepare(boolean demo) {
        rememberBaseUri();
        int updated = syncKnowledge();
        if (updated > 0) {
            LOG.info("Stored Pedigree's vocabulary and knowledge ({} graphs updated)", updated);
        }
        if (store instanceof RemoteLineageStore remote) {
            remote.requireUnionDefaultGraph();
        }
        if (demo) {
            int records = loadDemoIfNoRecords();
            if (records > 0) {
                LOG.info("Loaded the demo lineage ({} records) into the empty store", records);
            }
        }
    }

    /**
     * Prepares the read models in the background, the lineage index first (what {@code /readyz}
     * waits for), then the browse index and the record counts, which take seconds on a large
     * store and would otherwise be made for the first visitor of a list or of the home page.
     */
    public void warmUp() {
        lineage.warmUp();
        Thread.ofVirtual().name("read-models-warm-up").start(() -> {
            if (lineage.awaitReady(Duration.ofHours(1))) {
                catalogue.recount();
                browse.warmUp();
            }
        });
    }

    /**
     * Records the base URI in the store, unless it holds one already.
     *
     * @throws IllegalStateException when the store remembers another base URI
     */
    public void rememberBaseUri() {
        Optional<String> recorded = StoreSettings.baseUri(store);
        if (recorded.isPresent() && !recorded.get().equals(iris.base())) {
            throw new IllegalStateException("the " + store.describe() + " holds IRIs under " + recorded.get() + ", not " + iris.base()
                    + ": open it with the base URI " + recorded.get());
        }
        StoreSettings.rememberBaseUri(store, iris.base());
    }

    /** Stores Pedigree's knowledge graphs where they differ from the bundled ones; returns how many were written. */
    public int syncKnowledge() {
        return knowledge.syncInto(store);
    }

    /** Loads the demo lineage through the writer when the store holds no record; returns the number of records loaded. */
    public int loadDemoIfNoRecords() {
        return DemoLineage.loadIfNoRecords(store, readers, writer);
    }

    public LineageStore store() {
        return store;
    }

    public InstanceIris iris() {
        return iris;
    }

    public Clock clock() {
        return clock;
    }

    /** Pedigree's own vocabulary, kinds, roles, licences and dictionary. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** Turns sources in every input format into records. */
    public RecordReaders readers() {
        return readers;
    }

    /** The one write path; {@link #lineage()} follows its commits. */
    public RecordWriter writer() {
        return writer;
    }

    /** The lineage index and analytics (built on first use, or by {@link LineageService#prepare()}). */
    public LineageService lineage() {
        return lineage;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** What the home page and the VoID description say of the whole store: counts, the largest families, the first models. */
    public StoreOverview overview() {
        return overview;
    }

    public RecordHistory history() {
        return history;
    }

    public Descriptions descriptions() {
        return descriptions;
    }

    /** The browse index of models and datasets (lists, facets, search), made from the lineage index on first use and following its writes. */
    public BrowseCatalogue browse() {
        return browse;
    }

    /** The importer of {@code format} over this application's IRIs, knowledge and readers. */
    public Importer importer(ImportFormat format, Importer.Options options) {
        return format.importer(iris, knowledge, readers, options);
    }

    /** The Hub ids of the models the store holds, so an import keeps their spelling. */
    public List<String> storedHfIds() {
        return catalogue.modelHfIds(iris);
    }

    /** The exporter of one model's lineage in every {@code ExportFormat}. */
    public ModelExporter exporter() {
        return exporter;
    }

    /** The record counts counted again after each commit, once anything asked for them (a page does not wait long for them). */
    private record CountsFollow(Catalogue catalogue) implements CommitListener {
        @Override
        public void committed(Set<String> things) {
            if (catalogue.counted()) {
                catalogue.recount();
            }
        }

        @Override
        public boolean listening() {
            return false; // what the write touched does not matter here
        }
    }

    /**
     * The lineage service told of each commit, once its index is built or read back from its snapshot (before, the index reads
     * the store as it is then).
     */
    private record LineageFollows(LineageService lineage) implements CommitListener {
        @Override
        public void committed(Set<String> things) {
            lineage.changed(things);
        }

        @Override
        public boolean listening() {
            return lineage.followsWrites();
        }
    }
}
