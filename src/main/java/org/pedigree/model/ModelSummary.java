package org.pedigree.model;

/** A model in a list: its link, its Hugging Face style id (may be null) and its descendant count. */
public record ModelSummary(Link model, String hfId, long descendants) {}
