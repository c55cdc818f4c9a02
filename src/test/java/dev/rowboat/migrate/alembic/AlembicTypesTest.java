package dev.rowboat.migrate.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.TypeKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SQLAlchemy's generic, upper-case and dialect type spellings, as autogenerate writes them. */
class AlembicTypesTest {
    private static ColumnType read(String type) {
        String source = "revision = 'abc'\n\ndef upgrade():\n    op.add_column('t', sa.Column('c', " + type + ", nullable=True))\n";
        AddColumn add = (AddColumn) AlembicScriptReader.read(source, "t.py").upgrade().get(0);
        return add.column().type();
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "sa.Integer | integer", "sa.Integer() | integer", "mysql.INTEGER(display_width=11) | integer", "sa.INT() | integer",
        "sa.BigInteger() | bigint", "postgresql.BIGINT() | bigint", "sa.SmallInteger() | smallint",
        "mysql.TINYINT(display_width=1) | boolean", "mysql.TINYINT() | smallint", "sa.Boolean() | boolean",
        "sa.String(length=64) | varchar(64)", "sa.String(64) | varchar(64)", "sa.String() | varchar", "sa.VARCHAR(length=32) | varchar(32)",
        "mysql.VARCHAR(length=255) | varchar(255)", "sa.Unicode(length=80) | varchar(80)", "sa.CHAR(length=2) | char(2)",
        "sa.Text() | text", "sa.UnicodeText() | text", "mysql.LONGTEXT() | text", "sa.TEXT() | text",
        "sa.Numeric(precision=10, scale=2) | decimal(10,2)", "sa.Numeric(8, 3) | decimal(8,3)", "sa.DECIMAL(precision=5, scale=0) | decimal(5,0)",
        "sa.Float() | float", "sa.Float(precision=53) | double", "postgresql.DOUBLE_PRECISION(precision=53) | double", "sa.REAL() | float",
        "sa.Date() | date", "sa.Time() | time", "sa.DateTime() | timestamp", "sa.DateTime(timezone=True) | timestamp_tz",
        "sa.TIMESTAMP() | timestamp", "postgresql.TIMESTAMP(timezone=True) | timestamp_tz", "sqlite.DATETIME() | timestamp",
        "mysql.DATETIME() | timestamp", "sa.LargeBinary() | blob", "postgresql.BYTEA() | blob",
        "sa.Enum('a', 'bbb', name='x') | varchar(3)", "sa.JSON() | json", "postgresql.JSONB(astext_type=sa.Text()) | jsonb",
        "sa.Uuid() | uuid", "postgresql.UUID(as_uuid=True) | uuid", "postgresql.UUID() | uuid",
        "postgresql.INET() | inet", "sa.Interval() | interval"})
    void readsTheType(String sqlalchemy, String rowboat) {
        assertEquals(ColumnType.parse(rowboat), read(sqlalchemy));
    }

    @ParameterizedTest(name = "{0} writes as {1}")
    @CsvSource(delimiter = '|', value = {
        "integer | sa.Integer()", "varchar(64) | sa.String(length=64)", "decimal(10,2) | sa.Numeric(precision=10, scale=2)",
        "double | sa.Float(precision=53)", "timestamp_tz | sa.DateTime(timezone=True)", "uuid | postgresql.UUID(as_uuid=True)",
        "jsonb | postgresql.JSONB(astext_type=sa.Text())", "blob | sa.LargeBinary()", "interval | sa.Interval()"})
    void writesTheTypeAndReadsItBack(String rowboat, String sqlalchemy) {
        ColumnType type = ColumnType.parse(rowboat);
        Set<String> imports = new HashSet<>();

        assertEquals(sqlalchemy, SaTypes.write(type, imports));
        assertEquals(type, read(sqlalchemy));
        assertEquals(sqlalchemy.startsWith("postgresql."), imports.contains(SaTypes.POSTGRESQL_IMPORT));
    }

    @ParameterizedTest
    @CsvSource({"TIMESTAMP_TZ", "BOOLEAN", "TEXT", "DATE", "TIME", "JSON", "SMALLINT", "BIGINT", "FLOAT"})
    void everyKindButOtherHasASpelling(TypeKind kind) {
        assertEquals(ColumnType.of(kind), read(SaTypes.write(ColumnType.of(kind), new HashSet<>())));
    }
}
