/**
 * The application: {@link org.pedigree.Pedigree} is every service of Pedigree over one store, built
 * once (knowledge, record readers, the one writer with its commit listeners, the lineage service,
 * catalogue, history, descriptions, importers and exporter), with the start-up recipe in
 * {@code prepare}. The server ({@code publish}), the commands ({@code cli}), the demo and the tests
 * all use it; nothing below this package knows it. Belongs here: wiring of the domain services
 * only — no HTTP, no picocli, no storage engine.
 */
package org.pedigree;
