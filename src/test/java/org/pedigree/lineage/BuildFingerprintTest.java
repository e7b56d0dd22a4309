package org.pedigree.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot of the lineage index is used only by the build that wrote it: a change to the lineage code is another build. */
class BuildFingerprintTest {
    @TempDir
    Path dir;

    private Path classes(String computeBytes) throws IOException {
        Path root = Files.createTempDirectory(dir, "classes");
        Files.createDirectories(root.resolve("org/pedigree/lineage/browse"));
        Files.createDirectories(root.resolve("org/pedigree/publish"));
        Files.writeString(root.resolve("org/pedigree/lineage/LicenceInheritance.class"), computeBytes);
        Files.writeString(root.resolve("org/pedigree/lineage/browse/BrowseIndex.class"), "browse");
        Files.writeString(root.resolve("org/pedigree/publish/Routes.class"), "routes");
        return root;
    }

    @Test
    void a_change_to_a_lineage_class_is_another_build_and_a_change_elsewhere_is_not() throws IOException {
        String before = BuildFingerprint.of("1.0", classes("rules v1"));
        assertEquals(before, BuildFingerprint.of("1.0", classes("rules v1")), "the same classes, the same build");
        assertNotEquals(before, BuildFingerprint.of("1.0", classes("rules v2")), "the inheritance of licences changed");
        assertNotEquals(before, BuildFingerprint.of("1.1", classes("rules v1")), "another version");
        Path elsewhere = classes("rules v1");
        Files.writeString(elsewhere.resolve("org/pedigree/publish/Routes.class"), "routes changed");
        Files.writeString(elsewhere.resolve("org/pedigree/lineage/browse/BrowseIndex.class"), "browse changed");
        assertEquals(before, BuildFingerprint.of("1.0", elsewhere), "the pages and the browse lists do not make the index");
    }

    @Test
    void a_jar_and_a_classes_directory_of_the_same_classes_are_the_same_build() throws IOException {
        Path jar = dir.resolve("pedigree.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "org/pedigree/lineage/LicenceInheritance.class", "rules v1");
            put(out, "org/pedigree/lineage/browse/BrowseIndex.class", "browse");
            put(out, "org/pedigree/publish/Routes.class", "routes");
        }
        assertEquals(BuildFingerprint.of("1.0", classes("rules v1")), BuildFingerprint.of("1.0", jar));
    }

    @Test
    void the_running_build_reads_its_own_classes() {
        String current = BuildFingerprint.current();
        assertTrue(current.matches("\\S+ [0-9a-f]{24}"), current);
        assertEquals(current, BuildFingerprint.current());
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
