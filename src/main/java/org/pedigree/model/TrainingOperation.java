package org.pedigree.model;

import java.util.List;

/**
 * An operation that generated a model: who ran it, when, which datasets it used, with which
 * hyper-parameters, and the code it ran (repository and revision, when the record says).
 */
public record TrainingOperation(Link activity, String startedAt, String endedAt, List<Link> agents, List<Link> datasets,
                                List<HyperParameter> hyperparameters, String codeRepository, String codeRevision) {
    /** One hyper-parameter as the record states it ({@code learning_rate = 2.0E-5}). */
    public record HyperParameter(String name, String value) {}

    public TrainingOperation {
        agents = List.copyOf(agents);
        datasets = List.copyOf(datasets);
        hyperparameters = List.copyOf(hyperparameters);
    }
}
