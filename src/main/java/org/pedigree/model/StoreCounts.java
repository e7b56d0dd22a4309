package org.pedigree.model;

/** How many things of each kind the store holds. */
public record StoreCounts(long models, long referencedModels, long datasets, long activities, long agents,
                          long records, long triples) {}
