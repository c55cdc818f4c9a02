package dev.rowboat.schema;

/**
 * Portable column types, the vocabulary revisions are written in. Each database renders and
 * reads them back in its own spelling; {@link #OTHER} keeps a native type verbatim.
 */
public enum TypeKind {
    SMALLINT, INTEGER, BIGINT, BOOLEAN,
    DECIMAL, FLOAT, DOUBLE,
    VARCHAR, CHAR, TEXT,
    DATE, TIME, TIMESTAMP, TIMESTAMP_TZ,
    BLOB, UUID, JSON,
    OTHER
}
