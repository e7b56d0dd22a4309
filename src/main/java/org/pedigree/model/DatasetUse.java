package org.pedigree.model;

/** A dataset a model was trained on, with its role (a role IRI, or null) and revision (or null). */
public record DatasetUse(LineageNode dataset, String role, String revision) {}
