package org.pedigree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pedigree.publish.PedigreeServer;
import org.pedigree.store.AutoCompaction;
import org.pedigree.store.LineageStore;
import org.pedigree.store.Sizes;
import org.pedigree.store.TokenStore;
import org.pedigree.store.RemoteLineageStore;
import org.pedigree.store.StoreUnavailableException;
import org.pedigree.store.Tdb2LineageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pedigree serve}: runs the publisher until SIGTERM or Ctrl-C, then stops cleanly. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Run the publisher: pages, linked data and the SPARQL endpoint (/sparql) on one port.",
            "An empty store gets the demo lineage on first start. Every option can also be set with the",
            "environment variable named beside it; a flag wins over its variable."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ServeOptions options;

    private final Map<String, String> env;

    ServeCommand(CliContext context) {
        this.env = context.env();
    }

    /** The embedded store in --data, or the remote one at --store-url (tokens and dumps stay in --data then). */
    private static LineageStore open(ServeConfig config) {
        if (config.store() != StoreKind.REMOTE) {
            return Tdb2LineageStore.open(config.dataDir());
        }
        try {
            Files.createDirectories(config.dataDir());
            return RemoteLineageStore.connect(config.storeUrl().toString());
        } catch (StoreUnavailableException e) {
            throw new ConfigException(e.getMessage() + " (--store-url)");
        } catch (IOException e) {
            throw new ConfigException("cannot create " + config.dataDir() + " for tokens and dumps (--data): " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        ServeConfig config = ServeConfig.resolve(options, env);
        LineageStore lineageStore = open(config);
        PedigreeServer server;
        try {
            String baseUri = BaseUriCheck.resolve(lineageStore, config.baseUri(), null, config.dataDir().toString());
            server = PedigreeServer.create().store(lineageStore).baseUri(baseUri).tokens(new TokenStore(config.dataDir()))
                    .settings(config.serverSettings()).build();
            server.pedigree().prepare(config.loadDemo());
            server.start();
        } catch (StoreUnavailableException e) {
            lineageStore.close();
            throw new ConfigException(e.getMessage() + " (--store-url)");
        } catch (RuntimeException e) {
            lineageStore.close();
            throw e;
        }
        AutoCompaction compaction = null;
        if (lineageStore instanceof Tdb2LineageStore embedded) {
            compaction = config.compactThreshold() > 0 ? AutoCompaction.start(embedded, config.compactThreshold()) : null;
            LOG.info("Store: {} ({}; automatic compaction {}). Stop with Ctrl-C or SIGTERM.", embedded.describe(),
                    Sizes.format(embedded.sizeOnDisk()),
                    compaction == null ? "off" : "after " + Sizes.format(config.compactThreshold()) + " of growth");
        } else {
            LOG.info("Store: {}. Stop with Ctrl-C or SIGTERM.", lineageStore.describe());
        }
        AutoCompaction autoCompaction = compaction;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing requests in flight");
            server.stop();
            if (autoCompaction != null) {
                autoCompaction.close();
            }
            lineageStore.close();
            LOG.info("Store closed cleanly");
        }, "pedigree-shutdown"));
        server.join();
        return 0;
    }
}
