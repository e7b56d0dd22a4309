package org.pedigree.model;

/**
 * How many things of each kind the store holds. Models, referenced models and datasets are always
 * known (the lineage index counts them); operations, agents, records and triples are counted over
 * the store in the background and are null until the first count is done.
 */
public record StoreCounts(long models, long referencedModels, long datasets, Long activities, Long agents,
                          Long records, Long triples) {}
