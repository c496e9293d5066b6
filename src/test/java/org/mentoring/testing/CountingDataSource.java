package org.mentoring.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts every SQL statement executed through a DataSource it wraps, so tests and the benchmark can say
 * how many statements a request costs. Use {@code Databases.open(..., CountingDataSource::wrap)}.
 * Statements on the standalone host's sign-in tables (session generations, failed sign-ins) are counted
 * apart, in {@link #signInExecuted()}, and on its directory's table (people's active flags) in
 * {@link #directoryExecuted()}: in Jira and Confluence the host authenticates and keeps its users, not the app.
 */
public final class CountingDataSource {
    private static final AtomicLong EXECUTED = new AtomicLong();
    private static final AtomicLong SIGN_IN = new AtomicLong();
    private static final Pattern SIGN_IN_TABLES = Pattern.compile("SA_SESSION_GEN|SA_SIGNIN_FAIL", Pattern.CASE_INSENSITIVE);
    private static final AtomicLong DIRECTORY = new AtomicLong();
    private static final Pattern DIRECTORY_TABLES = Pattern.compile("SA_USER_ACTIVE", Pattern.CASE_INSENSITIVE);

    private CountingDataSource() {
    }

    /** Statements the app ran. */
    public static long executed() {
        return EXECUTED.get();
    }

    /** Statements the standalone host ran to authenticate requests. */
    public static long signInExecuted() {
        return SIGN_IN.get();
    }

    /** Statements the standalone host's directory ran to look up its people's active flags. */
    public static long directoryExecuted() {
        return DIRECTORY.get();
    }

    public static DataSource wrap(DataSource real) {
        return (DataSource) proxy(DataSource.class, real, null);
    }

    /** {@code sql}: what a prepared statement was prepared with (null for others). */
    private static Object proxy(Class<?> type, Object real, String sql) {
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (real instanceof Statement && m.getName().startsWith("execute")) {
                String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                (SIGN_IN_TABLES.matcher(text).find() ? SIGN_IN : DIRECTORY_TABLES.matcher(text).find() ? DIRECTORY : EXECUTED).incrementAndGet();
            }
            Object result = invoke(real, m, args);
            String prepared = real instanceof Connection && args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            if (result instanceof CallableStatement) {
                return proxy(CallableStatement.class, result, prepared);
            }
            if (result instanceof PreparedStatement) {
                return proxy(PreparedStatement.class, result, prepared);
            }
            if (result instanceof Statement) {
                return proxy(Statement.class, result, null);
            }
            if (result instanceof Connection) {
                return proxy(Connection.class, result, null);
            }
            return result;
        });
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
