package dev.rowboat.data.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** To-many counts read the foreign key's own table, whichever side of the association maps it. */
class CountSourceTest {

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void everyToManyOfTheModelIsCountedAtItsForeignKey(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.open()) {
            db.pages().inSession(QueryCancel.none(), open -> {
                SessionFactoryImplementor factory = open.getFactory().unwrap(SessionFactoryImplementor.class);
                assertThat(CountSource.of(factory, "Post", "tags")).as("many-to-many").contains(new CountSource("post_tag", "post_id"));
                assertThat(CountSource.of(factory, "User", "posts")).as("one-to-many, mapped by the post's author")
                        .contains(new CountSource("post", "user_id"));
                assertThat(CountSource.of(factory, "User", "followed")).as("self-referential many-to-many")
                        .contains(new CountSource("followers", "follower_id"));
                assertThat(CountSource.of(factory, "User", "followers")).as("its inverse side")
                        .contains(new CountSource("followers", "followed_id"));
                assertThat(CountSource.of(factory, "Post", "author")).as("a to-one is no count").isEmpty();
                return null;
            });
        }
    }
}
