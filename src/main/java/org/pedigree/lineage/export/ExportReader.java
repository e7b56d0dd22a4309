package org.pedigree.lineage.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.LineageStore;
import org.pedigree.store.SparqlQueries;

/** Reads one described model for the exporters ({@code /queries/export-*.rq}). */
final class ExportReader {
    private final LineageStore store;
    private final InstanceIris iris;

    ExportReader(LineageStore store, InstanceIris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The model, or empty when the store holds no description of it. */
    Optional<ExportedModel> read(String modelIri) {
        List<QuerySolution> rows = select("export-model", modelIri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution m = rows.get(0);
        List<String> languages = select("export-languages", modelIri).stream().map(r -> text(r, "language")).toList();
        List<ExportedModel.Base> bases = select("export-bases", modelIri).stream().map(r -> new ExportedModel.Base(
                iri(r, "base"), iris.hfIdOf(iri(r, "base")).orElse(null), iri(r, "kind"), text(r, "relation"))).toList();
        List<ExportedModel.UsedDataset> datasets = select("export-datasets", modelIri).stream().map(r -> new ExportedModel.UsedDataset(
                iri(r, "dataset"), iris.hfIdOf(iri(r, "dataset")).orElse(null), text(r, "name"), iri(r, "role"))).toList();
        return Optional.of(new ExportedModel(modelIri, iris.hfIdOf(modelIri).orElse(null), text(m, "name"), text(m, "description"),
                text(m, "version"), iri(m, "url"), iri(m, "licence"), text(m, "hfLicence"), text(m, "spdxLicence"), text(m, "task"),
                text(m, "library"), iri(m, "newVersion"), text(m, "agent"), m.getLiteral("root").getBoolean(), languages, bases, datasets));
    }

    private List<QuerySolution> select(String query, String modelIri) {
        return store.select(SparqlQueries.query(query, Map.of("model", SparqlQueries.iri(modelIri))), SparqlQueries::detach);
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String iri(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null || !node.isURIResource() ? null : node.asResource().getURI();
    }
}
