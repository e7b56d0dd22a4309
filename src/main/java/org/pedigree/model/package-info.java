/**
 * The lineage domain as plain immutable records (models' summaries and descriptions, derivations,
 * training operations, paths, traces, impact, effective licences, completeness …),
 * {@code InstanceIris}, the one minter of instance IRIs and their paths, and
 * {@code PedigreeProblem}, the one type of problem a user can fix, with its HTTP status and exit
 * code. Depends on {@code vocab} only; no storage, no I/O.
 */
package org.pedigree.model;
