package org.mentoring.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts every SQL statement executed through a DataSource it wraps, so tests and the benchmark can say
 * how many statements a request costs. Use {@code Databases.open(..., CountingDataSource::wrap)}.
 */
public final class CountingDataSource {
    private static final AtomicLong EXECUTED = new AtomicLong();

    private CountingDataSource() {
    }

    public static long executed() {
        return EXECUTED.get();
    }

    public static DataSource wrap(DataSource real) {
        return (DataSource) proxy(DataSource.class, real);
    }

    private static Object proxy(Class<?> type, Object real) {
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (real instanceof Statement && m.getName().startsWith("execute")) {
                EXECUTED.incrementAndGet();
            }
            Object result = invoke(real, m, args);
            if (result instanceof CallableStatement) {
                return proxy(CallableStatement.class, result);
            }
            if (result instanceof PreparedStatement) {
                return proxy(PreparedStatement.class, result);
            }
            if (result instanceof Statement) {
                return proxy(Statement.class, result);
            }
            if (result instanceof Connection) {
                return proxy(Connection.class, result);
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
