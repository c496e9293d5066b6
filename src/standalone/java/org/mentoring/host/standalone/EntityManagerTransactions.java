package org.mentoring.host.standalone;

import java.sql.SQLException;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Transaction;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/**
 * Transactions over Active Objects' own {@link Transaction}, which binds one connection to the thread.
 * A nested call joins the running transaction, as SAL's TransactionTemplate does in the hosts.
 */
public final class EntityManagerTransactions implements Transactions {
    /** Per-thread nesting marker for the current call stack; holds no shared state. */
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final EntityManager em;

    public EntityManagerTransactions(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        if (ACTIVE.get()) {
            return work.get();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return new Transaction<T>(em) {
                @Override
                protected T run() {
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            ACTIVE.set(Boolean.FALSE);
        }
    }
}
