package org.pedigree.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.pedigree.store.LineageStore;

/**
 * The baseline of the lineage benchmark: the same questions asked of the store with the naive
 * SPARQL property path ({@code prov:wasDerivedFrom+} or {@code *}), from {@code bench/*.rq} with
 * {@code ?model} bound, each in a read transaction with a timeout, every row read.
 */
final class NaiveQueries {
    private final LineageStore store;
    private final long timeoutMillis;

    NaiveQueries(LineageStore store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    long timeoutNanos() {
        return timeoutMillis * 1_000_000L;
    }

    /** Runs query {@code name} for {@code model}; returns the rows, or -1 when it ran into the timeout. */
    long rows(String name, String model) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text(name));
        pss.setIri("model", model);
        Query query = pss.asQuery();
        return store.read(dsg -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                ResultSet rows = exec.execSelect();
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            } catch (QueryCancelledException e) {
                return -1L;
            }
        });
    }

    /** The first value of the first row as a number (a COUNT), or -1 on timeout. */
    long count(String name, String model) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text(name));
        pss.setIri("model", model);
        Query query = pss.asQuery();
        return store.read(dsg -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                ResultSet rows = exec.execSelect();
                return rows.hasNext() ? rows.next().getLiteral(rows.getResultVars().get(0)).getLong() : 0L;
            } catch (QueryCancelledException e) {
                return -1L;
            }
        });
    }

    private static String text(String name) {
        try (InputStream in = NaiveQueries.class.getResourceAsStream("/bench/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("no query bench/" + name + ".rq on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
