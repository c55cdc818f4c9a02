package dev.rowboat.data.persister;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate's own operations on reflected entities whose loaders and statements are built on
 * first use: a row by id, its one-to-many and many-to-many collections, and an insert, update,
 * merge and delete through the session, each checked against what the database holds.
 */
class DeferredPersistersTest {

    @ParameterizedTest
    @EnumSource(Dbms.class)
    @SuppressWarnings("unchecked") // dynamic-map entities are maps
    void loadsAndWritesThroughTheSessionAsHibernateAlone(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            db.inTransaction(session -> {
                MappingMetamodel metamodel = session.getFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
                assertThat(metamodel.getEntityDescriptor("User")).isInstanceOf(DeferredEntityPersister.class);
                assertThat(metamodel.getCollectionDescriptor("User.posts")).isInstanceOf(DeferredOneToManyPersister.class);
                assertThat(metamodel.getCollectionDescriptor("Post.tags")).isInstanceOf(DeferredCollectionPersister.class);

                Map<String, Object> john = (Map<String, Object>) session.get("User", 1);
                assertThat(john.get("username")).isEqualTo("john");
                List<String> bodies = new ArrayList<>();
                for (Object post : (Iterable<Object>) john.get("posts")) {
                    bodies.add((String) ((Map<String, Object>) post).get("body"));
                }
                assertThat(bodies).containsExactlyInAnyOrderElementsOf(strings(test,
                        "select body from post where user_id = 1"));
                Map<String, Object> firstPost = (Map<String, Object>) session.get("Post", 1);
                List<String> tags = new ArrayList<>();
                for (Object tag : (Iterable<Object>) firstPost.get("tags")) {
                    tags.add((String) ((Map<String, Object>) tag).get("name"));
                }
                assertThat(tags).containsExactlyInAnyOrderElementsOf(strings(test,
                        "select t.name from tag t join post_tag pt on pt.tag_id = t.id where pt.post_id = 1"));
            });
            Map<String, Object> inserted = new HashMap<>(Map.of("name", "deferred"));
            db.inTransaction(session -> {
                session.persist("Tag", inserted);
                ((Map<String, Object>) session.get("Tag", 1)).put("name", "flask2");
            });
            assertThat(strings(test, "select name from tag")).contains("deferred", "flask2").doesNotContain("flask");

            Map<String, Object> detached = new HashMap<>();
            db.inTransaction(session -> detached.putAll((Map<String, Object>) session.get("Tag", 2)));
            detached.put("name", "merged");
            db.inTransaction(session -> session.merge("Tag", detached));
            db.inTransaction(session -> session.remove(session.get("Tag", inserted.get("id"))));
            assertThat(strings(test, "select name from tag")).containsExactly("flask2", "merged", "travel");
        }
    }

    @Test
    void aDeferredValueIsBuiltOnceWhicheverThreadAsksFirst() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Deferred<String> value = new Deferred<>(() -> "built " + builds.incrementAndGet());
        assertThat(builds).hasValue(0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(threads.submit(() -> {
                    start.await();
                    return value.get();
                }));
            }
            start.countDown();
            for (Future<String> f : got) {
                assertThat(f.get()).isEqualTo("built 1");
            }
        } finally {
            threads.shutdown();
        }
        assertThat(builds).hasValue(1);
    }

    private static TreeSet<String> strings(TestDatabase test, String sql) {
        TreeSet<String> values = new TreeSet<>();
        String quoted = test.dbms() == Dbms.MARIADB ? sql : sql.replace(" user ", " \"user\" ");
        test.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(quoted)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }
}
