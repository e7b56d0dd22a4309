package org.pedigree.model;

/**
 * One step of a lineage path read downstream: a node, and how the next node of the path was made
 * from it — a derivation kind ({@code finetune}, {@code quantized} …), {@code trained-on} for a
 * dataset, or null on the last step.
 */
public record PathStep(LineageNode node, String via) {}
