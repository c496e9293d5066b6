package org.mentoring.host.sal;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.function.Supplier;
import org.mentoring.host.Transactions;

/** Transactions through SAL, which the hosts share with Active Objects. */
public final class SalTransactions implements Transactions {
    private final TransactionTemplate template;

    public SalTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        return template.execute(work::get);
    }
}
