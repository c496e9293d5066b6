package org.mentoring.host.standalone;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Connections that keep the database's default isolation (READ COMMITTED on PostgreSQL and HSQLDB), as the hosts'
 * transactions run (SAL's TransactionTemplate). Active Objects' own {@code Transaction} would set SERIALIZABLE on every
 * transaction it starts (its {@code ao.transaction.isolation.level} default): that call is ignored here, so the
 * standalone host and the tests run what users get, without a JVM-wide system property.
 */
final class DefaultIsolation {
    private DefaultIsolation() {
    }

    static DataSource of(DataSource pool) {
        return proxy(DataSource.class, pool, (target, method, args) -> {
            Object result = call(method, target, args);
            return result instanceof Connection c && method.getName().equals("getConnection") ? connection(c) : result;
        });
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) ->
                method.getName().equals("setTransactionIsolation") ? null : call(method, target, args));
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(DefaultIsolation.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
