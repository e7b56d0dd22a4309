package org.pedigree.model;

import java.util.List;
import java.util.Map;

/**
 * Everything downstream of a model or dataset: for a dataset, the models trained on it and all
 * their descendants; for a model, all its descendants. Counted by depth, with one page listed.
 */
public record Impact(LineageNode subject, int total, Map<Integer, Integer> byDepth, int offset, int limit,
                     List<DescendantTree.Descendant> page) {}
