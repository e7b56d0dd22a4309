package org.pedigree.lineage.export;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The SPDX export conforms to the SHACL shapes of the SPDX 3.0.1 model (from the shared data, with
 * the SPDX context put inline for parsing; skipped when the shared data is absent).
 */
class SpdxConformanceTest {
    private static final Path MODEL = Path.of("../shared/data/spdx3-model");

    static ExportedModel model() {
        String base = "https://lineage.example.org/model/";
        return new ExportedModel(base + "acme/med-llama", "acme/med-llama", "Med Llama", "A fixture.", "1.0", null,
                "https://w3id.org/pedigree/licence/llama2", "llama2", null, "text-generation", "transformers", null, "Acme Labs", false,
                List.of("en"),
                List.of(new ExportedModel.Base(base + "meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-7b-hf",
                                "https://w3id.org/pedigree/kind/finetune", "finetune"),
                        new ExportedModel.Base(base + "acme/other", "acme/other", "https://w3id.org/pedigree/kind/gguf", "quantized")),
                List.of(new ExportedModel.UsedDataset("https://lineage.example.org/dataset/acme/notes", "acme/notes", "Notes",
                        "https://w3id.org/pedigree/role/finetuning")));
    }

    private static ValidationReport validate(ObjectNode document) throws IOException {
        ObjectMapper json = new ObjectMapper();
        document.set("@context", json.readTree(MODEL.resolve("spdx-context-v3.0.1.jsonld").toFile()).get("@context"));
        Graph data = RDFParser.fromString(json.writeValueAsString(document), Lang.JSONLD).toGraph();
        Graph ontology = RDFParser.source(MODEL.resolve("spdx-model-v3.0.1.jsonld")).lang(Lang.JSONLD).toGraph();
        // The SPDX classes are owl:Class and sh:NodeShape: as SHACL targets a class shape's instances only for an
        // rdfs:Class, say that an owl:Class is one; the data is read with the ontology, so subclasses are instances too.
        ontology.add(OWL.Class.asNode(), RDFS.subClassOf.asNode(), RDFS.Class.asNode());
        ontology.find().forEach(data::add);
        return ShaclValidator.get().validate(Shapes.parse(ontology), data);
    }

    /** The results about the exported document's own nodes (the ontology's individuals are read as data too). */
    private static List<String> problems(ValidationReport report) {
        return report.getEntries().stream().filter(e -> !e.focusNode().isURI() || !e.focusNode().getURI().startsWith("https://spdx.org/rdf/"))
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
    }

    private static ObjectNode exported() throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(SpdxExport.write(model(), Instant.parse("2026-03-10T00:00:00Z")));
    }

    @Test
    void the_spdx_export_conforms_to_the_spdx_shapes() throws IOException {
        assumeTrue(Files.isDirectory(MODEL), "the shared SPDX model is not here");
        List<String> problems = problems(validate(exported()));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_shapes_do_reach_the_export_a_relationship_without_its_type_fails() throws IOException {
        assumeTrue(Files.isDirectory(MODEL), "the shared SPDX model is not here");
        ObjectNode document = exported();
        document.get("@graph").forEach(e -> {
            if (e.path("type").asText().equals("Relationship")) {
                ((ObjectNode) e).remove("relationshipType");
            }
        });
        assertTrue(problems(validate(document)).stream().anyMatch(p -> p.contains("relationshipType")));
    }
}
