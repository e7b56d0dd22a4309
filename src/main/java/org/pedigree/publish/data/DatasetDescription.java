package org.pedigree.publish.data;

import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.StoreCounts;
import org.pedigree.publish.edge.ServiceDescription;
import org.pedigree.publish.http.Site;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * {@code /.well-known/void}: the dataset described in VoID, DCAT 3 (catalog, dataset, the dumps as
 * distributions with size, media type and SHA-256, the SPARQL endpoint as a data service) and the
 * SPARQL Service Description.
 */
final class DatasetDescription {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private DatasetDescription() {}

    static Graph of(Site site, StoreCounts counts, Iterable<Dumps.Dump> dumps) {
        Graph g = ServiceDescription.of(site);
        Node document = uri(site.iris().voidDocument());
        Node dataset = uri(site.iris().voidDataset());
        Node catalog = uri(site.iris().voidDocument() + "#catalog");
        Node service = uri(site.iriOfPath("sparql"));
        add(g, document, RDF.type.asNode(), uri(VOID + "DatasetDescription"));
        add(g, document, uri(FOAF + "primaryTopic"), dataset);
        add(g, catalog, RDF.type.asNode(), uri(DCAT + "Catalog"));
        add(g, catalog, uri(DCT + "title"), text("Pedigree catalogue"));
        add(g, catalog, uri(DCAT + "dataset"), dataset);
        add(g, catalog, uri(DCAT + "service"), service);
        add(g, dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, dataset, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, dataset, uri(DCT + "title"), text("Machine-learning model lineage"));
        add(g, dataset, uri(DCT + "description"), text("Lineage records of machine-learning models (PROV-O and Schema.org): "
                + "base models, derivations, training operations, datasets and agents."));
        add(g, dataset, uri(VOID + "sparqlEndpoint"), service);
        add(g, dataset, uri(VOID + "uriSpace"), text(site.baseUri()));
        if (counts.triples() != null) { // counted in the background: absent until the first count is done
            add(g, dataset, uri(VOID + "triples"), integer(counts.triples()));
            add(g, dataset, uri(VOID + "entities"), integer(counts.models() + counts.datasets() + counts.activities() + counts.agents()));
        }
        for (String vocabulary : new String[] {PROV.NS, SCHEMA.NS, PED.NS}) {
            add(g, dataset, uri(VOID + "vocabulary"), uri(vocabulary));
        }
        add(g, dataset, uri(DCAT + "accessService"), service);
        add(g, service, RDF.type.asNode(), uri(DCAT + "DataService"));
        add(g, service, uri(DCAT + "endpointURL"), service);
        add(g, service, uri(DCAT + "servesDataset"), dataset);
        add(g, service, uri(DCT + "conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        for (Dumps.Dump dump : dumps) {
            Node url = uri(site.iriOfPath("dump/" + dump.format().fileName));
            Node distribution = uri(site.iris().voidDocument() + "#" + dump.format().name().toLowerCase(Locale.ROOT));
            Node checksum = NodeFactory.createBlankNode();
            add(g, dataset, uri(VOID + "dataDump"), url);
            add(g, dataset, uri(DCAT + "distribution"), distribution);
            add(g, distribution, RDF.type.asNode(), uri(DCAT + "Distribution"));
            add(g, distribution, uri(DCAT + "downloadURL"), url);
            add(g, distribution, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + dump.format().mediaType));
            add(g, distribution, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
            add(g, distribution, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(String.valueOf(dump.bytes()), XSDDatatype.XSDnonNegativeInteger));
            add(g, distribution, uri(SPDX + "checksum"), checksum);
            add(g, checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
            add(g, checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
            add(g, checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(dump.sha256(), XSDDatatype.XSDhexBinary));
        }
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
