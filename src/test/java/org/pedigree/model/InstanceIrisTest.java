package org.pedigree.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class InstanceIrisTest {
    private final InstanceIris iris = new InstanceIris("https://example.org/pedigree");

    @Test
    void a_model_is_named_by_its_iri_or_its_owner_name_id_and_anything_else_is_left_to_the_caller() {
        assertEquals(Optional.of("https://example.org/pedigree/model/a/b"), iris.modelIri("a/b"));
        assertEquals(Optional.of("https://example.org/pedigree/dataset/a/b"), iris.datasetIri("a/b"));
        assertEquals(Optional.of("http://elsewhere.org/m"), iris.modelIri("http://elsewhere.org/m"));
        assertEquals(Optional.empty(), iris.modelIri("not an id"));
        assertEquals(Optional.of("a/b"), InstanceIris.idAfterKind("https://any.example/base/model/a/b"));
        assertEquals(Optional.empty(), InstanceIris.idAfterKind("https://any.example/thing/a/b"));
    }

    @Test
    void the_paths_of_local_iris_are_root_relative_and_the_api_path_of_a_model_is_under_api_models() {
        assertEquals(Optional.of("/model/a/b"), iris.pathOf("https://example.org/pedigree/model/a/b"));
        assertEquals(Optional.empty(), iris.pathOf("https://elsewhere.org/model/a/b"));
        assertEquals(Optional.of("/api/models/a/b"), iris.apiPathOf(iris.modelOfHfId("a/b")));
        assertEquals(Optional.of("/api/datasets/a/b"), iris.apiPathOf(iris.datasetOfHfId("a/b")));
        assertEquals(Optional.empty(), iris.apiPathOf(iris.record("x")));
        assertEquals("/record/a--b", InstanceIris.recordPath("a--b"));
        assertEquals("https://example.org/pedigree/model/a/b", iris.iriOfPath("/model/a/b"));
        assertEquals("https://example.org/pedigree/model/a/b", iris.iriOfPath("model/a/b"));
    }
}
