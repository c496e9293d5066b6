package org.mentoring.host;

import java.sql.SQLException;

/** A database failure underneath the entity store, with the JDBC cause kept for classification. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the failure is a unique-key violation (SQLState class 23) or a serialization failure
     * (40001, PostgreSQL's deadlock 40P01): the signs that a concurrent writer got there first.
     */
    public static boolean isConcurrentWriteConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01"))) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
