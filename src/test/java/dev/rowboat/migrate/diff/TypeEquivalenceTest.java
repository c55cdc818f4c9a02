package dev.rowboat.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TypeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Types each database reports in its own way are no change; real changes still are. */
class TypeEquivalenceTest {
    private static ColumnType t(String text) {
        return ColumnType.parse(text);
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void unboundedVarcharIsText(Dbms dbms) {
        assertThat(TypeEquivalence.same(t("text"), new ColumnType(TypeKind.VARCHAR, null, null, null, null), dbms)).isTrue();
        assertThat(TypeEquivalence.same(t("text"), t("varchar(2147483647)"), dbms)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void fractionDigitsOfATimestampAreNoChange(Dbms dbms) {
        assertThat(TypeEquivalence.same(t("timestamp"), t("timestamp(6)"), dbms)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aLongerVarcharIsAChange(Dbms dbms) {
        assertThat(TypeEquivalence.same(t("varchar(64)"), t("varchar(128)"), dbms)).isFalse();
    }

    @Test
    void sqliteComparesAffinityAndDeclaredLength() {
        assertThat(TypeEquivalence.same(t("boolean"), t("integer"), Dbms.SQLITE)).isTrue();
        assertThat(TypeEquivalence.same(t("timestamp"), ColumnType.nativeType("datetime"), Dbms.SQLITE)).isTrue();
        assertThat(TypeEquivalence.same(t("varchar(64)"), t("text"), Dbms.SQLITE)).isTrue();
        assertThat(TypeEquivalence.same(t("integer"), t("text"), Dbms.SQLITE)).isFalse();
        assertThat(TypeEquivalence.same(t("varchar(64)"), t("varchar(32)"), Dbms.SQLITE)).isFalse();
    }

    @Test
    void mariadbBooleansAreTinyintsAndItsTimestampsHaveNoZone() {
        assertThat(TypeEquivalence.same(t("boolean"), t("smallint"), Dbms.MARIADB)).isTrue();
        assertThat(TypeEquivalence.same(t("timestamp_tz"), t("timestamp"), Dbms.MARIADB)).isTrue();
        assertThat(TypeEquivalence.same(t("timestamp_tz"), t("timestamp"), Dbms.POSTGRESQL)).isFalse();
        assertThat(TypeEquivalence.same(t("boolean"), t("smallint"), Dbms.POSTGRESQL)).isFalse();
    }

    @Test
    void decimalsCompareTheirPrecisionAndScale() {
        assertThat(TypeEquivalence.same(t("decimal(10,2)"), t("decimal(10,2)"), Dbms.H2)).isTrue();
        assertThat(TypeEquivalence.same(t("decimal(10,2)"), t("decimal(12,2)"), Dbms.H2)).isFalse();
    }

    @Test
    void nativeTypesCompareByName() {
        assertThat(TypeEquivalence.same(ColumnType.nativeType("INET"), ColumnType.nativeType("inet"), Dbms.POSTGRESQL)).isTrue();
        assertThat(TypeEquivalence.same(ColumnType.nativeType("VARCHAR(64)"), t("varchar(64)"), Dbms.POSTGRESQL)).isTrue();
    }
}
