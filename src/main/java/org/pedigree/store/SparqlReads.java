package org.pedigree.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.pedigree.model.Link;
import org.pedigree.model.RecordInfo;
import org.pedigree.model.TrainingOperation;

/**
 * The {@link StoreReads} of a remote store: each read is one SPARQL query of {@code /queries/}
 * ({@code last-modified.rq}, {@code models-operations.rq}, {@code record-versions.rq}), one
 * request to the store; a page of a description is two ({@code describe-counts.rq}, then
 * {@code describe.rq} with a {@code describe-incoming.rq} branch per incoming property). It runs
 * on any store; the store contract runs it on the embedded one too, to hold the index reads to its
 * answers.
 */
final class SparqlReads implements StoreReads {
    private final LineageStore store;

    SparqlReads(LineageStore store) {
        this.store = store;
    }

    /**
     * Two requests: {@code describe-counts.rq} says which properties point at the thing and how
     * often; {@code describe.rq} with one {@code describe-incoming.rq} branch per property gives the page.
     */
    @Override
    public Optional<DescriptionPage> describe(String thing, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        // a remote store's blank nodes are skolem IRIs there: the queries count them as blank nodes
        Map<String, Node> values = Map.of("thing", SparqlQueries.iri(thing), "skolem", SparqlQueries.literal(RemoteSparql.GENID));
        SortedMap<String, Long> totals = new TreeMap<>();
        store.select(SparqlQueries.query("describe-counts", values),
                        row -> Map.entry(row.getResource("ip").getURI(), row.getLiteral("n").getLong()))
                .forEach(count -> totals.put(count.getKey(), count.getValue()));
        DescriptionPage counted = new DescriptionPage(GraphFactory.createGraphMem(), page, totals);
        Query query = SparqlQueries.query("describe", values);
        ElementUnion union = new ElementUnion();
        ((ElementUnion) ((ElementGroup) query.getQueryPattern()).get(0)).getElements().forEach(union::addElement);
        if (!counted.beyondLast()) {
            totals.forEach((property, count) -> {
                if (count > counted.offset()) {
                    union.addElement(incoming(values, property, counted.offset()));
                }
            });
        }
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(union);
        query.setQueryPattern(pattern);
        Graph graph = store.construct(query);
        return graph.isEmpty() && totals.isEmpty() ? Optional.empty() : Optional.of(new DescriptionPage(graph, page, totals));
    }

    /** The branch of the page query for one incoming property: its subjects from {@code offset} on, as many as a page holds. */
    private static ElementGroup incoming(Map<String, Node> values, String property, long offset) {
        Map<String, Node> bound = new HashMap<>(values);
        bound.put("ip", SparqlQueries.iri(property));
        ElementGroup template = (ElementGroup) SparqlQueries.query("describe-incoming", bound).getQueryPattern();
        ElementGroup branch = new ElementGroup();
        for (Element element : template.getElements()) {
            if (element instanceof ElementSubQuery sub) {
                Query window = sub.getQuery().cloneQuery();
                window.setLimit(DescriptionPage.PER_PAGE);
                window.setOffset(offset);
                branch.addElement(new ElementSubQuery(window));
            } else {
                branch.addElement(element);
            }
        }
        return branch;
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
