package org.pedigree.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.pedigree.model.Link;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;

/**
 * The {@link StoreReads} of a remote store: each read is one SPARQL query of {@code /queries/}
 * ({@code describe.rq}, {@code last-modified.rq}, {@code models-operations.rq},
 * {@code record-versions.rq}), one request to the store. It runs on any store; the store contract
 * runs it on the embedded one too, to hold the index reads to its answers.
 */
final class SparqlReads implements StoreReads {
    private final LineageStore store;

    SparqlReads(LineageStore store) {
        this.store = store;
    }

    @Override
    public Optional<Graph> describe(String thing) {
        // a remote store's blank nodes are skolem IRIs there: the query counts them as blank nodes
        Query query = SparqlQueries.query("describe", Map.of("thing", SparqlQueries.iri(thing),
                "skolem", SparqlQueries.literal(RemoteSparql.GENID)));
        Graph graph = store.construct(query);
        return graph.isEmpty() ? Optional.empty() : Optional.of(graph);
    }

    @Override
    public Optional<Instant> lastModified(String thing, String metadataGraph) {
        Query query = SparqlQueries.query("last-modified", Map.of("thing", SparqlQueries.iri(thing), "meta", SparqlQueries.iri(metadataGraph)));
        return store.select(query, row -> row.contains("lastModified") ? Instant.parse(row.getLiteral("lastModified").getLexicalForm()) : null)
                .stream().filter(Objects::nonNull).findFirst();
    }

    /** One query for every model: the models go into a data block at the start of the pattern. */
    @Override
    public Map<String, List<TrainingOperation>> operations(Collection<String> models) {
        Map<String, List<TrainingOperation>> result = new LinkedHashMap<>();
        if (models.isEmpty()) {
            return result;
        }
        Query query = SparqlQueries.query("models-operations");
        ElementData data = new ElementData();
        Var model = Var.alloc("model");
        data.add(model);
        models.stream().distinct().forEach(iri -> data.add(BindingFactory.binding(model, NodeFactory.createURI(iri))));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(data);
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(pattern::addElement);
        query.setQueryPattern(pattern);
        Map<String, Map<String, OperationRows>> byModel = new LinkedHashMap<>();
        store.select(query, SparqlQueries::detach).forEach(row -> byModel
                .computeIfAbsent(row.getResource("model").getURI(), m -> new LinkedHashMap<>())
                .computeIfAbsent(row.getResource("activity").getURI(), a -> new OperationRows(row))
                .add(row));
        for (String iri : models) {
            List<TrainingOperation> operations = new ArrayList<>();
            byModel.getOrDefault(iri, Map.of()).values().forEach(rows -> operations.add(rows.toOperation()));
            result.put(iri, operations);
        }
        return result;
    }

    @Override
    public List<RecordInfo.Version> versions(String record, String metadataGraph) {
        Query query = SparqlQueries.query("record-versions", Map.of("meta", SparqlQueries.iri(metadataGraph), "record", SparqlQueries.iri(record)));
        return store.select(query, v -> new RecordInfo.Version(v.getLiteral("n").getInt(), v.getResource("version").getURI(),
                SparqlQueries.text(v, "created"), SparqlQueries.text(v, "submittedBy"), SparqlQueries.text(v, "sourceName"),
                SparqlQueries.text(v, "sourceFormat"), SparqlQueries.text(v, "sourceChecksum")));
    }

    /** Collects the (agent × dataset × hyper-parameter) rows of one activity. */
    private static final class OperationRows {
        private final QuerySolution first;
        private final Set<Link> agents = new LinkedHashSet<>();
        private final Set<Link> datasets = new LinkedHashSet<>();
        private final Map<RDFNode, TrainingOperation.HyperParameter> parameters = new LinkedHashMap<>();

        OperationRows(QuerySolution first) {
            this.first = first;
        }

        void add(QuerySolution row) {
            if (row.contains("agent")) {
                agents.add(link(row, "agent", "agentName"));
            }
            if (row.contains("dataset")) {
                datasets.add(link(row, "dataset", "datasetName"));
            }
            if (row.contains("parameter")) {
                parameters.putIfAbsent(row.get("parameter"), new TrainingOperation.HyperParameter(SparqlQueries.text(row, "parameterName"),
                        SparqlQueries.text(row, "parameterValue")));
            }
        }

        TrainingOperation toOperation() {
            return new TrainingOperation(link(first, "activity", "activityName"), SparqlQueries.text(first, "started"),
                    SparqlQueries.text(first, "ended"), List.copyOf(agents), List.copyOf(datasets), List.copyOf(parameters.values()),
                    SparqlQueries.text(first, "codeRepository"), SparqlQueries.text(first, "codeRevision"));
        }

        private static Link link(QuerySolution row, String iriVar, String labelVar) {
            return new Link(row.getResource(iriVar).getURI(), SparqlQueries.text(row, labelVar));
        }
    }
}
