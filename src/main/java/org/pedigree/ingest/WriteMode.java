package org.pedigree.ingest;

/** What a write may do to records that already exist. */
public enum WriteMode {
    /** Only new records (POST): an existing id is a conflict. */
    CREATE,
    /** Only existing records (PUT): a missing id is not found. */
    REPLACE,
    /** New or existing (bulk load): an existing record gets a new version when its content changed. */
    UPSERT
}
