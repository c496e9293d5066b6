package org.mentoring.host;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A database failure underneath the entity store, with the JDBC cause kept for classification. Its message may
 * hold SQL: it goes to the server log, never to a caller.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * SQLStates that say a concurrent writer got there first, so the same work may succeed with fresh data:
     * unique-key violation (23505 on PostgreSQL and HSQLDB; the generic 23000 the hosts' MySQL, Oracle and SQL Server
     * drivers report for it), serialization failure (40001; HSQLDB's MVCC conflicts), PostgreSQL's deadlock victim
     * (40P01). Other integrity failures (23502 not null, 23503 foreign key) are bugs, not races.
     */
    private static final Set<String> LOST_RACE = Set.of("23505", "23000", "40001", "40P01");

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when {@code failure} (or a cause) is an SQL failure of the kind {@link #LOST_RACE} lists. */
    public static boolean isConcurrentWriteConflict(Throwable failure) {
        SQLException sql = sqlCause(failure);
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && LOST_RACE.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the database could not be reached or refused service: connection failures (SQLState class 08),
     * PostgreSQL shutting down or out of resources (57P, 53).
     */
    public static boolean isUnavailable(Throwable failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null ? null : sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    /** The first SQL failure in {@code failure}'s causes, or null. */
    public static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * Runs {@code work}; an SQL failure it throws in another wrapper (Active Objects' entity proxies throw
     * {@code UndeclaredThrowableException} from {@code save()}) becomes a StoreException, so callers and the REST
     * layer see one type. Anything else (refusals from the core) passes unchanged.
     */
    public static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (!(e instanceof StoreException) && sqlCause(e) != null) {
                throw new StoreException(e.getMessage(), e);
            }
            throw e;
        }
    }
}
