package org.pedigree.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

class JsonLdWriterTest {
    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static Graph readBack(String jsonld) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(jsonld, Lang.JSONLD).parse(graph);
        return graph;
    }

    @Test
    void a_json_ld_processor_reads_back_exactly_the_graph_that_was_written() {
        Graph graph = turtle("""
                @prefix schema: <http://schema.org/> . @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix ped: <https://w3id.org/pedigree#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://example.org/model/a/b> a ped:Model, <https://other.example/Type> ;
                  schema:name "b \\"quoted\\"\\n\\ttabbed \\\\ back </script> \\u2028 é 模型" ;
                  schema:description "ein Modell"@de ;
                  schema:dateCreated "2024-01-02T03:04:05Z"^^xsd:dateTime ;
                  ped:parameterCount 7000000000 ; ped:score 0.5 ; ped:flag true ;
                  prov:wasDerivedFrom <https://example.org/model/a/base> ;
                  prov:qualifiedDerivation [ prov:entity <https://example.org/model/a/base> ; ped:derivationKind <https://w3id.org/pedigree/kind/finetune> ] ;
                  schema:url <http://schema.org/a/b/c>, <https://w3id.org/pedigree/kind/2-bit>, <https://w3id.org/pedigree/kind/> ;
                  <https://other.example/p#x> [ schema:name "nested" ; schema:about [ schema:name "deeper" ] ] .
                """);
        String jsonld = new JsonLdWriter(RdfFormat.PREFIXES).write(graph);
        assertTrue(IsoMatcher.isomorphic(graph, readBack(jsonld)), jsonld);
        assertTrue(jsonld.contains("\"schema:name\""), "keys are compact IRIs: " + jsonld);
        assertTrue(jsonld.contains("\"kind:finetune\""), jsonld);
        assertFalse(jsonld.contains("</script"), "a page embeds it in a script element as it is: " + jsonld);
    }

    @Test
    void the_same_graph_gives_the_same_bytes_whatever_the_order_of_its_triples() {
        String a = "<https://e.org/x> <http://schema.org/name> \"x\" . <https://e.org/y> <http://schema.org/name> \"y\" . "
                + "<https://e.org/x> <http://schema.org/url> <https://e.org/y> .";
        String b = "<https://e.org/x> <http://schema.org/url> <https://e.org/y> . <https://e.org/y> <http://schema.org/name> \"y\" . "
                + "<https://e.org/x> <http://schema.org/name> \"x\" .";
        JsonLdWriter writer = new JsonLdWriter(RdfFormat.PREFIXES);
        assertEquals(writer.write(turtle(a)), writer.write(turtle(b)));
    }

    @Test
    void an_empty_graph_is_an_empty_json_ld_document() {
        assertTrue(readBack(new JsonLdWriter(RdfFormat.PREFIXES).write(GraphFactory.createGraphMem())).isEmpty());
    }
}
