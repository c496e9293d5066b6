package org.mentoring.host;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is written or none of it is. A runtime
 * exception thrown by the work rolls the transaction back and propagates unchanged.
 * A call made inside a running transaction joins it.
 */
public interface Transactions {
    <T> T execute(Supplier<T> work);
}
