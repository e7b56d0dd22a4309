package org.pedigree.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.pedigree.publish.pages.FamilyTreeLayout;
import org.pedigree.testing.DemoServerTest;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;
import org.w3c.dom.Document;

/**
 * The picture of Mistral-7B-v0.1 with its real Hugging Face family (about 700 derivation edges,
 * read from {@code ../shared/data} when it is beside the project): readable, bounded, quick.
 */
class LineagePictureOfARealFamilyTest extends DemoServerTest {
    private static final Path MISTRAL_FAMILY = Path.of("../shared/data/hf-lineage-graph/families/mistralai__Mistral-7B-v0.1.csv");
    private static final Map<String, String> KINDS = Map.of("finetuned", "finetune", "quantized", "quantized", "adapter", "adapter",
            "merged", "merge");

    @Test
    void the_mistral_family_gives_a_picture_of_a_few_dozen_boxes() throws Exception {
        assumeTrue(Files.exists(MISTRAL_FAMILY), "the real HF lineage data is not beside the project");
        List<String> lines = Files.readAllLines(MISTRAL_FAMILY);
        String base = running.uri("/").toString();
        Node graph = NodeFactory.createURI(base + "record/real-mistral-family");
        Set<String> models = new HashSet<>();
        running.store.write(dsg -> {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f.length < 3 || !KINDS.containsKey(f[2])) {
                    continue;
                }
                Node source = NodeFactory.createURI(base + "model/" + f[0]);
                Node target = NodeFactory.createURI(base + "model/" + f[1]);
                for (String id : List.of(f[0], f[1])) {
                    if (models.add(id) && !id.equals("mistralai/Mistral-7B-v0.1")) {
                        Node m = NodeFactory.createURI(base + "model/" + id);
                        dsg.add(Quad.create(graph, m, RDF.type.asNode(), PED.Model.asNode()));
                        dsg.add(Quad.create(graph, m, SCHEMA.name.asNode(), NodeFactory.createLiteralString(id.substring(id.indexOf('/') + 1))));
                    }
                }
                Node derivation = NodeFactory.createBlankNode();
                dsg.add(Quad.create(graph, target, PROV.wasDerivedFrom.asNode(), source));
                dsg.add(Quad.create(graph, target, PROV.qualifiedDerivation.asNode(), derivation));
                dsg.add(Quad.create(graph, derivation, PROV.entity.asNode(), source));
                dsg.add(Quad.create(graph, derivation, PED.derivationKind.asNode(),
                        NodeFactory.createURI("https://w3id.org/pedigree/kind/" + KINDS.get(f[2]))));
            }
        });
        assertTrue(models.size() > 500, models.size() + " models");
        running.get("/model/mistralai/Mistral-7B-v0.1/lineage.svg"); // the index follows the write
        long start = System.nanoTime();
        var response = running.get("/model/mistralai/Mistral-7B-v0.1/lineage.svg?colour=licence");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.statusCode());
        assertTrue(millis < 2_000, millis + " ms");
        assertTrue(response.body().length() < 40_000, response.body().length() + " characters");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        int links = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a").getLength();
        assertTrue(links <= 1 + 5 * (FamilyTreeLayout.SHOWN_PER_KIND + 1), links + " boxes");
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.matches("(?s).*\\+\\d+ more quantized.*"), text);
        assertTrue(text.matches("(?s).*\\+\\d+ more finetune.*"), text);
        // A deep member of the family: its picture reaches up to the root through its ancestors.
        var deep = running.get("/model/BioMistral/BioMistral-7B-DARE/lineage.svg");
        assertEquals(200, deep.statusCode());
        assertTrue(deep.body().contains("href=\"/model/mistralai/Mistral-7B-v0.1\""), deep.body());
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "lineage-mistral-real-family.svg"), response.body());
    }
}
