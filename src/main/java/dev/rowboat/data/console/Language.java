package dev.rowboat.data.console;

/** What the console's statements are written in. */
public enum Language {
    /** Hibernate's query language over the entities (the tutorial's {@code User.query…} as a query). */
    HQL,
    /** The database's own SQL, sent as typed. */
    SQL
}
