package org.mentoring.host;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is written or none of it is. A runtime
 * exception thrown by the work rolls the transaction back and propagates unchanged.
 * A call made inside a running transaction joins it.
 */
public interface Transactions {
    <T> T execute(Supplier<T> work);

    /**
     * Runs work that only reads on one connection (a transaction at the default isolation), instead of one pooled
     * connection, with its validation round trip, per statement. For reads of several statements on a hot path (the
     * mentor directory). Work that writes uses {@link #execute}.
     */
    default <T> T reading(Supplier<T> work) {
        return execute(work);
    }
}
