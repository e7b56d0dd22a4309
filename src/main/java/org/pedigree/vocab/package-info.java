/**
 * The IRIs of the vocabularies Pedigree reads and writes, Jena style: a class per namespace with
 * {@code NS} and one constant per term ({@code PED} is Pedigree's own, with its namespaces for
 * kinds, roles, licences and graphs; {@code PROV}, {@code SCHEMA}, {@code FAIR4ML}), and
 * {@code Bundled}, the vocabulary files shipped with the jar. No logic and no dependency on any
 * other Pedigree package.
 */
package org.pedigree.vocab;
