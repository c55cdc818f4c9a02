package dev.rowboat.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in model read offline, for each database's dialect, in portable types. */
class ModelSchemaReaderTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theMicroblogModelHasItsTablesJoinTablesKeysAndIndexes(Dbms dbms) {
        SchemaSnapshot model = ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, dbms);

        assertThat(model.tables()).extracting(TableSpec::name)
                .containsExactlyInAnyOrder("user", "post", "profile", "tag", "post_tag", "followers");
        TableSpec user = model.table("user").orElseThrow();
        assertThat(user.column("id")).contains(new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, true));
        assertThat(user.column("username")).contains(ColumnSpec.of("username", ColumnType.varchar(64), true));
        // the tutorial's order and its unique indexes (index=True, unique=True), as SQLAlchemy makes them
        assertThat(user.columns()).extracting(ColumnSpec::name).containsExactly("id", "username", "email", "password_hash");
        assertThat(user.uniques()).isEmpty();
        assertThat(user.indexes()).contains(new IndexSpec("ix_user_username", "user", List.of("username"), true),
                new IndexSpec("ix_user_email", "user", List.of("email"), true));
        assertThat(model.table("profile").orElseThrow().uniques()).extracting(UniqueSpec::name).containsExactly("uq_profile_user_id");

        TableSpec post = model.table("post").orElseThrow();
        assertThat(post.column("timestamp").orElseThrow().type()).isEqualTo(ColumnType.of(TypeKind.TIMESTAMP));
        assertThat(post.indexes()).containsExactly(new IndexSpec("ix_post_timestamp", "post", List.of("timestamp"), false));
        assertThat(post.foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(List.of(fk.name(), fk.columns(), fk.refTable(), fk.refColumns()))
                        .containsExactly("fk_post_user_id", List.of("user_id"), "user", List.of("id")));

        TableSpec profile = model.table("profile").orElseThrow();
        assertThat(profile.uniques()).extracting(UniqueSpec::columns).containsExactly(List.of("user_id"));

        TableSpec followers = model.table("followers").orElseThrow();
        assertThat(followers.primaryKey()).containsExactlyInAnyOrder("follower_id", "followed_id");
        assertThat(followers.foreignKeys()).extracting(fk -> fk.refTable()).containsOnly("user");
        assertThat(model.table("post_tag").orElseThrow().foreignKeys()).extracting(fk -> fk.refTable())
                .containsExactlyInAnyOrder("post", "tag");
    }
}
