package dev.rowboat.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of the real one ({@code jdbc:rbcapture:h2:...} opens {@code jdbc:h2:...})
 * that records every query a connection runs, with the values bound to it and the setter that
 * bound each, while {@link #capture} runs: the statements the grid really sends, to be replayed in
 * plain JDBC ({@link StatementReplay}). Its proxies cost time on every call, so a benchmark times
 * the grid on a database opened without it.
 */
final class CapturingDriver implements Driver {
    private static final String PREFIX = "jdbc:rbcapture:";
    private static final CapturingDriver INSTANCE = new CapturingDriver();
    private static boolean registered;

    /** A setter call on a statement: {@code setInt(3, 42)}, or {@code setFetchSize(101)} (no index). */
    record Call(Method method, Object[] args) {
        void apply(Statement statement) throws SQLException {
            try {
                method.invoke(statement, args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        String name() {
            return method.getName();
        }
    }

    /** One executed query: its SQL, the statement's own settings, and the values bound at execution. */
    record Captured(String sql, List<Call> settings, List<Call> bindings) {
    }

    private final List<Captured> recorded = new ArrayList<>();
    private volatile boolean recording;

    private CapturingDriver() {
    }

    /** The URL that opens {@code jdbcUrl} through this driver. */
    static synchronized String url(String jdbcUrl) {
        if (!registered) {
            try {
                DriverManager.registerDriver(INSTANCE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            registered = true;
        }
        return PREFIX + jdbcUrl.substring("jdbc:".length());
    }

    /** Runs {@code work} and returns the queries it ran through this driver, in order. */
    static <T> List<Captured> capture(Supplier<T> work) {
        synchronized (INSTANCE.recorded) {
            INSTANCE.recorded.clear();
        }
        INSTANCE.recording = true;
        try {
            work.get();
        } finally {
            INSTANCE.recording = false;
        }
        synchronized (INSTANCE.recorded) {
            return List.copyOf(INSTANCE.recorded);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return proxy(Connection.class, real, (p, method, args) -> {
            Object result = invoke(real, method, args);
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                return recordingStatement(PreparedStatement.class, statement, (String) args[0]);
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return recordingStatement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private <S extends Statement> S recordingStatement(Class<S> type, S real, String preparedSql) {
        List<Call> settings = new ArrayList<>();
        Map<Integer, Call> bindings = new TreeMap<>();
        return proxy(type, real, (p, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null) {
                boolean indexed = method.getDeclaringClass() == PreparedStatement.class && args.length >= 2 && args[0] instanceof Integer;
                if (indexed) {
                    bindings.put((Integer) args[0], new Call(method, args.clone()));
                } else {
                    settings.add(new Call(method, args.clone()));
                }
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (recording && (name.equals("executeQuery") || name.equals("execute"))) {
                String sql = preparedSql != null ? preparedSql : (String) args[0];
                synchronized (recorded) {
                    recorded.add(new Captured(sql, List.copyOf(settings), List.copyOf(bindings.values())));
                }
            }
            return invoke(real, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CapturingDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
