package org.mentoring.host.sal;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.function.Supplier;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/**
 * Transactions through SAL, which the hosts share with Active Objects (at the database's default isolation).
 * A nested call joins the running transaction; the outermost one is retried when it lost a race ({@link ConcurrentWrites}).
 */
public final class SalTransactions implements Transactions {
    /** Per-thread nesting marker for the current call stack; holds no shared state. */
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final TransactionTemplate template;

    public SalTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        if (ACTIVE.get()) {
            return template.execute(work::get);
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return ConcurrentWrites.retrying(() -> template.execute(() -> StoreException.translated(work)));
        } finally {
            ACTIVE.set(Boolean.FALSE);
        }
    }
}
