package org.pedigree.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/** A SELECT query over a dataset in this process, inside the caller's read transaction. */
final class QueryRun {
    private QueryRun() {}

    /**
     * Every row of {@code query}, mapped while the transaction is open; the execution is in
     * {@code running} while it runs, so that it can be abandoned ({@link QueryExecution#abort()}).
     */
    static <T> List<T> select(DatasetGraph dsg, Query query, Function<QuerySolution, T> row, Collection<QueryExecution> running) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            running.add(exec);
            try {
                List<T> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining(solution -> rows.add(row.apply(solution)));
                return rows;
            } finally {
                running.remove(exec);
            }
        }
    }
}
