package org.pedigree.model;

import java.util.List;

/**
 * What an auditor would miss about a model: each check that failed, in words, and the share of
 * checks passed (1.0 when nothing is missing).
 */
public record Completeness(LineageNode model, double score, int checks, List<String> missing) {}
