package org.pedigree;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of ENGINEERING.md: vocab ← model ← (ingest, validate, store, lineage) ← the application
 * ({@code org.pedigree.Pedigree}) ← publish ← cli.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pedigree");

    @Test
    void packages_depend_only_downwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("vocab").definedBy("org.pedigree.vocab..")
                .layer("model").definedBy("org.pedigree.model..")
                .layer("services").definedBy("org.pedigree.ingest..", "org.pedigree.validate..",
                        "org.pedigree.store..", "org.pedigree.lineage..")
                .layer("application").definedBy("org.pedigree")
                .layer("publish").definedBy("org.pedigree.publish..")
                .layer("cli").definedBy("org.pedigree.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("publish").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("application").mayOnlyBeAccessedByLayers("publish", "cli")
                .whereLayer("services").mayOnlyBeAccessedByLayers("application", "publish", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("services", "application", "publish", "cli")
                .whereLayer("vocab").mayOnlyBeAccessedByLayers("model", "services", "application", "publish", "cli")
                .check(CLASSES);
    }

    @Test
    void only_the_cli_reads_the_environment() {
        noClasses().that().resideOutsideOfPackage("org.pedigree.cli..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("configuration is one record read at start-up by the CLI and passed down")
                .check(CLASSES);
    }
}
