package dev.rowboat.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;

/**
 * The tutorial's sample: a few named users with posts, follows, tags and profiles; and a bulk
 * mode for benchmarks that writes many rows with JDBC batches.
 */
public final class SampleData {
    static final String[] WORDS = {"hello", "world", "flask", "python", "database", "migration", "rowboat",
        "river", "coffee", "morning", "evening", "weekend", "travel", "music", "garden", "code", "review",
        "release", "bug", "fix", "idea", "book", "movie", "walk", "rain", "sunny", "lunch", "team", "blog", "post"};
    private static final LocalDateTime EPOCH = LocalDateTime.of(2023, 1, 1, 0, 0);

    private SampleData() {
    }

    /** The named sample of the tutorial: john, susan, mary and david, who post, follow and tag. */
    public static void populateNamed(Session session) {
        String[] names = {"john", "susan", "mary", "david"};
        List<User> users = new ArrayList<>();
        for (String name : names) {
            User user = new User(name, name + "@example.com");
            user.setPasswordHash("pbkdf2:sha256:600000$" + name + "$0000");
            session.persist(user);
            users.add(user);
        }
        Tag[] tags = {new Tag("flask"), new Tag("python"), new Tag("travel")};
        for (Tag tag : tags) {
            session.persist(tag);
        }
        String[][] bodies = {
            {"Beautiful day in Portland!", "Learning Flask-Migrate today.", "My first post with tags."},
            {"The Avengers movie was so cool!", "Anyone for coffee?"},
            {"Hello from Mary."},
            {},
        };
        for (int u = 0; u < names.length; u++) {
            for (int p = 0; p < bodies[u].length; p++) {
                Post post = new Post(bodies[u][p], users.get(u));
                post.setTimestamp(EPOCH.plusDays(u * 10L + p).plusHours(9 + p));
                post.getTags().add(tags[(u + p) % tags.length]);
                session.persist(post);
            }
        }
        users.get(0).follow(users.get(1));
        users.get(0).follow(users.get(2));
        users.get(1).follow(users.get(0));
        users.get(2).follow(users.get(3));
        session.persist(new Profile(users.get(0), "I write Flask tutorials.", EPOCH.plusDays(40)));
        session.persist(new Profile(users.get(1), "Movies and coffee.", EPOCH.plusDays(41)));
    }

    /**
     * Appends {@code posts} posts by {@code users} new users ({@code bulk_<n>}), with bodies made of
     * common words and timestamps spread over three years, in batches on one connection.
     */
    public static void populateBulk(Session session, int users, long posts, long seed) {
        String userTable = tableOf(session, User.class);
        String postTable = tableOf(session, Post.class);
        AbstractEntityPersister postPersister = persister(session, Post.class);
        String body = postPersister.getPropertyColumnNames("body")[0];
        String timestamp = postPersister.getPropertyColumnNames("timestamp")[0];
        String author = postPersister.getPropertyColumnNames("author")[0];
        // Bound as Hibernate binds Post.timestamp, so that bulk rows are stored like the others
        // (on SQLite that is text, not the epoch milliseconds of the driver's setTimestamp).
        @SuppressWarnings("unchecked") // the mapping of a LocalDateTime attribute binds LocalDateTime values
        ValueBinder<LocalDateTime> timestampBinder =
                postPersister.findAttributeMapping("timestamp").getSingleJdbcMapping().getJdbcValueBinder();
        WrapperOptions options = session.unwrap(SharedSessionContractImplementor.class);
        session.doWork(connection -> {
            String prefix = "bulk" + Long.toHexString(System.nanoTime() & 0xffffff) + "_";
            insertUsers(connection, userTable, prefix, users);
            List<Integer> ids = userIds(connection, userTable, prefix);
            insertPosts(connection, "insert into " + postTable + " (" + body + ", " + timestamp + ", " + author
                    + ") values (?, ?, ?)", ids, posts, new Random(seed), timestampBinder, options);
        });
    }

    private static void insertUsers(Connection connection, String table, String prefix, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (username, email, password_hash) values (?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, prefix + i);
                insert.setString(2, prefix + i + "@example.com");
                insert.setString(3, "pbkdf2:sha256:600000$bulk$" + i);
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static List<Integer> userIds(Connection connection, String table, String prefix) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from " + table + " where username like ? order by id")) {
            select.setString(1, prefix + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        return ids;
    }

    private static void insertPosts(Connection connection, String sql, List<Integer> userIds, long count, Random random,
                                    ValueBinder<LocalDateTime> timestamps, WrapperOptions options) throws SQLException {
        long spanMinutes = 3L * 365 * 24 * 60;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (long i = 1; i <= count; i++) {
                insert.setString(1, sentence(random));
                timestamps.bind(insert, EPOCH.plusMinutes((long) (random.nextDouble() * spanMinutes)), 2, options);
                insert.setInt(3, userIds.get(random.nextInt(userIds.size())));
                insert.addBatch();
                if (i % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static String sentence(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 4 + random.nextInt(10);
        for (int w = 0; w < words && sb.length() < 120; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String tableOf(Session session, Class<?> entity) {
        return persister(session, entity).getTableName();
    }

    private static AbstractEntityPersister persister(Session session, Class<?> entity) {
        return (AbstractEntityPersister) session.getSessionFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(entity);
    }

}
