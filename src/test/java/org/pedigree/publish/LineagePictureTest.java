package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pedigree.publish.pages.FamilyTreeLayout;
import org.pedigree.publish.pages.NodeColouring;
import org.pedigree.testing.DemoServerTest;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The lineage picture: well-formed SVG, a link per model, derivatives collapsed by kind, bounded for a big family. */
class LineagePictureTest extends DemoServerTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Document svg(String path) throws Exception {
        HttpResponse<String> response = running.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(SVG, doc.getDocumentElement().getNamespaceURI());
        return doc;
    }

    private static List<String> hrefs(Document doc) {
        NodeList links = doc.getElementsByTagNameNS(SVG, "a");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        return hrefs;
    }

    @Test
    void the_picture_of_a_fine_tune_links_its_base_and_its_derivatives() throws Exception {
        Document zephyr = svg("/model/HuggingFaceH4/zephyr-7b-beta/lineage.svg");
        List<String> hrefs = hrefs(zephyr);
        assertTrue(hrefs.contains("/model/mistralai/Mistral-7B-v0.1"), hrefs.toString());
        assertTrue(hrefs.contains("/model/HuggingFaceH4/zephyr-7b-beta"), hrefs.toString());
        assertTrue(hrefs.stream().anyMatch(h -> h.contains("GGUF")), hrefs.toString());
        assertTrue(zephyr.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().contains("zephyr-7b-beta"));
        assertTrue(zephyr.getDocumentElement().getTextContent().contains("quantized · 3"));
    }

    @Test
    void colouring_by_licence_or_advisory_adds_a_legend_and_says_it_in_words() throws Exception {
        String licence = running.get("/model/HuggingFaceH4/zephyr-7b-beta/lineage.svg?colour=licence").body();
        assertTrue(licence.contains(NodeColouring.PERMISSIVE.words()) && licence.contains(NodeColouring.RESTRICTED.words()), licence);
        String advisory = running.get("/model/HuggingFaceH4/zephyr-7b-beta/lineage.svg?colour=advisory").body();
        assertTrue(advisory.contains(NodeColouring.AFFECTED.words()), advisory);
        svg("/model/HuggingFaceH4/zephyr-7b-beta/lineage.svg?colour=advisory");
    }

    @Test
    void the_model_page_embeds_the_picture_inline_with_working_links() {
        var page = Jsoup.parse(running.get("/model/mistralai/Mistral-7B-v0.1?colour=licence").body());
        var svg = page.selectFirst("#family-tree svg");
        assertTrue(svg != null, "inline svg");
        assertTrue(!svg.select("a[href=/model/HuggingFaceH4/zephyr-7b-beta]").isEmpty());
        assertEquals("/model/mistralai/Mistral-7B-v0.1/lineage.svg?colour=licence", page.getElementById("picture-alone").attr("href"));
        assertEquals(404, running.get("/model/nobody/nothing/lineage.svg").statusCode());
    }

    @Test
    void a_hub_with_hundreds_of_descendants_collapses_them_by_kind_and_stays_small() throws Exception {
        String base = running.uri("/").toString();
        Node hub = NodeFactory.createURI(base + "model/bigfam/hub");
        Node graph = NodeFactory.createURI(base + "record/bigfam--all");
        String[] kinds = {"finetune", "adapter", "quantized", "merge"};
        running.store.write(dsg -> {
            dsg.add(Quad.create(graph, hub, RDF.type.asNode(), PED.Model.asNode()));
            dsg.add(Quad.create(graph, hub, RDF.type.asNode(), PED.RootModel.asNode()));
            dsg.add(Quad.create(graph, hub, SCHEMA.name.asNode(), NodeFactory.createLiteralString("hub <script>alert(1)</script> & \"q\"")));
            for (int i = 0; i < 700; i++) {
                Node child = NodeFactory.createURI(base + "model/bigfam/child-" + i);
                Node parent = i < 600 ? hub : NodeFactory.createURI(base + "model/bigfam/child-" + (i % 50));
                Node derivation = NodeFactory.createBlankNode();
                dsg.add(Quad.create(graph, child, RDF.type.asNode(), PED.Model.asNode()));
                dsg.add(Quad.create(graph, child, SCHEMA.name.asNode(), NodeFactory.createLiteralString("child-" + i)));
                dsg.add(Quad.create(graph, child, PROV.wasDerivedFrom.asNode(), parent));
                dsg.add(Quad.create(graph, child, PROV.qualifiedDerivation.asNode(), derivation));
                dsg.add(Quad.create(graph, derivation, PROV.entity.asNode(), parent));
                dsg.add(Quad.create(graph, derivation, PED.derivationKind.asNode(),
                        NodeFactory.createURI("https://w3id.org/pedigree/kind/" + kinds[i % 4])));
            }
        });
        HttpResponse<String> response = running.get("/model/bigfam/hub/lineage.svg?colour=licence");
        assertTrue(response.body().length() < 40_000, "bounded: " + response.body().length() + " characters");
        Document doc = svg("/model/bigfam/hub/lineage.svg");
        List<String> hrefs = hrefs(doc);
        assertTrue(hrefs.size() <= 1 + 4 * (FamilyTreeLayout.SHOWN_PER_KIND + 1), hrefs.toString());
        assertTrue(hrefs.contains("/models?base=%2Fmodel%2Fbigfam%2Fhub&kind=quantized"), hrefs.toString());
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "script").getLength(), "a name is text, never markup");
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("hub <script>alert(1)</script> & \"q\""), text);
        assertTrue(text.contains("finetune · 150"), text);
        assertTrue(text.contains("+146 more finetune"), text);
        assertTrue(text.contains("700 descendants"), text);
        assertTrue(text.contains("+2 below"), text); // child-0 has two derivatives of its own (child-600, child-650)
    }
}
