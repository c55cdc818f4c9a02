package dev.rowboat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SqlAlchemyUrlsTest {
    @Test
    void eachServerAndFileBecomesTheUrlAFlaskConfigReads() {
        Path file = Path.of("/home/susan/microblog/app.db");
        assertThat(SqlAlchemyUrls.of(new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite:" + file, null, null, file)))
                .contains("sqlite:////home/susan/microblog/app.db");
        assertThat(SqlAlchemyUrls.of(new ConnectionSpec(Dbms.POSTGRESQL, "jdbc:postgresql://db.example.com:5433/blog?sslmode=require",
                "susan", "p@ss word", null))).contains("postgresql://susan:p%40ss%20word@db.example.com:5433/blog");
        assertThat(SqlAlchemyUrls.of(new ConnectionSpec(Dbms.MARIADB, "jdbc:mariadb://127.0.0.1:3306/test", "root", null, null)))
                .contains("mysql+pymysql://root@127.0.0.1:3306/test");
    }

    @Test
    void h2HasNone() {
        Path file = Path.of("/tmp/x.mv.db");
        assertThat(SqlAlchemyUrls.of(new ConnectionSpec(Dbms.H2, "jdbc:h2:/tmp/x", "sa", null, file))).isEmpty();
    }
}
