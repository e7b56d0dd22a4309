package org.pedigree.cli;

/** Which {@link org.pedigree.store.LineageStore} a server runs on. */
enum StoreKind {
    /** An embedded TDB2 database in the data directory. */
    TDB2,
    /** A SPARQL 1.1 Query/Update + Graph Store Protocol service elsewhere. */
    REMOTE
}
