package org.pedigree.lineage.export;

import java.io.StringWriter;
import java.time.Clock;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.store.LineageStore;
import org.pedigree.vocab.FAIR4ML;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * Writes one model's lineage in a format of {@link ExportFormat}: its record as Turtle or JSON-LD,
 * or converted to a Hugging Face card's front matter, an SPDX 3.0.1 document, a CycloneDX 1.6
 * ML-BOM, or FAIR4ML or MLDCAT-AP RDF (Turtle). A model is named by its IRI or its Hub id ({@code owner/name}).
 */
public final class ModelExporter {
    private final LineageStore store;
    private final InstanceIris iris;
    private final Clock clock;

    public ModelExporter(LineageStore store, InstanceIris iris, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.clock = clock;
    }

    /** The IRI of a model named by its Hub id or IRI. */
    public String modelIri(String model) {
        return iris.modelIri(model).orElse(model);
    }

    /** The model in {@code format}, or empty when the store holds no record of it. */
    public Optional<String> export(String model, ExportFormat format) {
        String iri = modelIri(model);
        return switch (format) {
            case TURTLE -> record(iri).map(g -> rdf(g, Lang.TURTLE));
            case JSONLD -> record(iri).map(g -> rdf(g, Lang.JSONLD));
            case HF -> new ExportReader(store, iris).read(iri).map(HfCardExport::write);
            case SPDX -> new ExportReader(store, iris).read(iri).map(m -> SpdxExport.write(m, clock.instant()));
            case CYCLONEDX -> new ExportReader(store, iris).read(iri).map(m -> CycloneDxExport.write(m, clock.instant()));
            case FAIR4ML -> CrosswalkExport.write(store, iri, false);
            case MLDCAT -> CrosswalkExport.write(store, iri, true);
        };
    }

    /** The current content of the record that describes the model (the named graph where it is a ped:Model). */
    private Optional<Graph> record(String modelIri) {
        return store.read(dsg -> dsg.stream(Node.ANY, NodeFactory.createURI(modelIri), RDF.type.asNode(), PED.Model.asNode())
                .map(Quad::getGraph).filter(g -> g.isURI() && g.getURI().startsWith(iris.recordNamespace())).findFirst()
                .map(name -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(name).find().forEach(copy::add);
                    return copy;
                }));
    }

    private static String rdf(Graph graph, Lang lang) {
        graph.getPrefixMapping().setNsPrefix("prov", PROV.NS).setNsPrefix("schema", SCHEMA.NS)
                .setNsPrefix("ped", PED.NS).setNsPrefix("kind", PED.KIND_NS)
                .setNsPrefix("fair4ml", FAIR4ML.NS);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, lang);
        return out.toString();
    }
}
