package org.pedigree;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering that CONTRIBUTING.md and docs/ARCHITECTURE.md describe: each package depends
 * only on the ones below it, the frameworks stay in the layer that wraps them, and only the CLI
 * reads the environment.
 *
 * <pre>
 *                    cli
 *                     │
 *                  publish   (root ← data ← pages ← edge ← api ← view ← http)
 *                     │
 *              org.pedigree (Pedigree, the application)
 *               ┌─────┴──────┐
 *             ingest       lineage
 *            ┌──┴──┐          │
 *        validate  └── store ─┘
 *              └── model ── vocab
 * </pre>
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
                .layer("store").definedBy("org.pedigree.store..")
                .layer("validate").definedBy("org.pedigree.validate..")
                .layer("ingest").definedBy("org.pedigree.ingest..")
                .layer("lineage").definedBy("org.pedigree.lineage..")
                .layer("application").definedBy("org.pedigree")
                .layer("publish").definedBy("org.pedigree.publish..")
                .layer("cli").definedBy("org.pedigree.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("publish").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("application").mayOnlyBeAccessedByLayers("publish", "cli")
                .whereLayer("lineage").mayOnlyBeAccessedByLayers("application", "publish", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("application", "publish", "cli")
                .whereLayer("validate").mayOnlyBeAccessedByLayers("ingest", "application", "publish", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ingest", "lineage", "application", "publish", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("store", "validate", "ingest", "lineage", "application", "publish", "cli")
                .whereLayer("vocab").mayOnlyBeAccessedByLayers("model", "store", "validate", "ingest", "lineage", "application", "publish", "cli")
                .check(CLASSES);
    }

    @Test
    void the_rooms_of_publish_depend_only_downwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("http").definedBy("org.pedigree.publish.http..")
                .layer("view").definedBy("org.pedigree.publish.view..")
                .layer("api").definedBy("org.pedigree.publish.api..")
                .layer("edge").definedBy("org.pedigree.publish.edge..")
                .layer("pages").definedBy("org.pedigree.publish.pages..")
                .layer("data").definedBy("org.pedigree.publish.data..")
                .layer("server").definedBy("org.pedigree.publish")
                .whereLayer("server").mayNotBeAccessedByAnyLayer()
                .whereLayer("data").mayOnlyBeAccessedByLayers("server")
                .whereLayer("pages").mayOnlyBeAccessedByLayers("data", "server")
                .whereLayer("edge").mayOnlyBeAccessedByLayers("pages", "data", "server")
                .whereLayer("api").mayOnlyBeAccessedByLayers("edge", "pages", "data", "server")
                .whereLayer("view").mayOnlyBeAccessedByLayers("api", "edge", "pages", "data", "server")
                .whereLayer("http").mayOnlyBeAccessedByLayers("view", "api", "edge", "pages", "data", "server")
                .check(CLASSES);
    }

    @Test
    void no_package_is_part_of_a_cycle() {
        slices().matching("org.pedigree.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void javalin_fuseki_and_jetty_are_used_only_by_publish() {
        noClasses().that().resideOutsideOfPackage("org.pedigree.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.apache.jena.fuseki..", "org.eclipse.jetty..",
                        "jakarta.servlet..")
                .because("the HTTP side is one layer: the domain and the CLI know nothing of the web framework")
                .check(CLASSES);
    }

    @Test
    void tdb2_is_used_only_by_store() {
        noClasses().that().resideOutsideOfPackage("org.pedigree.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..")
                .because("the store is the one seam between Pedigree and its storage engine")
                .check(CLASSES);
    }

    @Test
    void picocli_is_used_only_by_the_cli() {
        noClasses().that().resideOutsideOfPackage("org.pedigree.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void thymeleaf_is_used_only_by_the_view() {
        noClasses().that().resideOutsideOfPackage("org.pedigree.publish.view..")
                .should().dependOnClassesThat().resideInAnyPackage("org.thymeleaf..")
                .because("templates are rendered in one place, Pages")
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
