package org.pedigree.model;

import java.util.List;

/** An operation that generated a model: who ran it, when, and which datasets it used. */
public record TrainingOperation(Link activity, String startedAt, String endedAt, List<Link> agents, List<Link> datasets) {
    public TrainingOperation {
        agents = List.copyOf(agents);
        datasets = List.copyOf(datasets);
    }
}
