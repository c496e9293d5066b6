package org.mentoring.host.standalone;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Transaction;
import net.java.ao.db.HSQLDatabaseProvider;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/**
 * Transactions over Active Objects' own {@link Transaction}, which binds one connection to the thread, run at
 * the database's default isolation (READ COMMITTED on PostgreSQL and HSQLDB) as SAL's TransactionTemplate runs
 * them in Jira and Confluence: {@link Databases} hands AO connections that keep that level ({@link DefaultIsolation}),
 * where AO's transaction would otherwise set SERIALIZABLE, and the app would be tested under rules users never get.
 * A nested call joins the running transaction; the outermost one is retried when it lost a race
 * ({@link ConcurrentWrites}), as {@code SalTransactions} does in the hosts.
 *
 * <p>On the embedded HSQLDB one transaction runs at a time. Active Objects 3.2.3 inserts into HSQLDB under a lock
 * on its provider, and at READ COMMITTED an insert that meets another transaction's uncommitted unique key waits
 * inside HSQLDB while holding that lock, which the other transaction needs for its own next insert: both hang for
 * good. HSQLDB has no lock timeout to break that, so its writers take turns. Reads outside a transaction never wait
 * (MVCC). PostgreSQL runs transactions concurrently.
 */
public final class EntityManagerTransactions implements Transactions {
    /** Per-thread nesting marker for the current call stack; holds no shared state. */
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** HSQLDB runs inside this JVM (its file database admits one process): this lock covers every node on it. */
    private static final ReentrantLock EMBEDDED_WRITER = new ReentrantLock(true);

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
            return ConcurrentWrites.retrying(() -> once(work));
        } finally {
            ACTIVE.set(Boolean.FALSE);
        }
    }

    /** Reads never wait on the embedded database (MVCC), so they run without the writers' turn and without retries. */
    @Override
    public <T> T reading(Supplier<T> work) {
        if (ACTIVE.get()) {
            return work.get();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return inTransaction(work);
        } finally {
            ACTIVE.set(Boolean.FALSE);
        }
    }

    private <T> T once(Supplier<T> work) {
        boolean embedded = em.getProvider() instanceof HSQLDatabaseProvider;
        if (embedded) {
            EMBEDDED_WRITER.lock();
        }
        try {
            return inTransaction(work);
        } finally {
            if (embedded) {
                EMBEDDED_WRITER.unlock();
            }
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return new Transaction<T>(em) {
                @Override
                protected T run() {
                    return StoreException.translated(work);
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
