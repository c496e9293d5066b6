package org.mentoring.host.standalone;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mentoring.host.StoreException;

/**
 * Expires unanswered proposals every hour, once per cluster: each node tries to claim the hour's
 * run in the database (a unique setting row) and only the node that gets it does the work.
 */
public final class ExpiryJob implements AutoCloseable {
    static final Duration EVERY = Duration.ofHours(1);
    private final ScheduledExecutorService executor;

    private ExpiryJob(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static ExpiryJob start(StandaloneApp app) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mentoring-expiry");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleAtFixedRate(() -> runOncePerCluster(app), 1, EVERY.toMinutes(), TimeUnit.MINUTES);
        return new ExpiryJob(executor);
    }

    /** Returns how many proposals this node expired (0 when another node has this hour's run). */
    public static int runOncePerCluster(StandaloneApp app) {
        String slot = "org.mentoring.job.expiry." + app.clock.instant().truncatedTo(ChronoUnit.HOURS);
        try {
            app.transactions.execute(() -> app.store.create(StandaloneSettingEntity.class,
                    Map.of(StandaloneSettingEntity.NAME, slot, StandaloneSettingEntity.VALUE, "claimed")));
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                return 0;
            }
            throw e;
        }
        int total = 0;
        int batch;
        do {
            batch = app.graph.relationships().expireOverdue(100);
            total += batch;
        } while (batch == 100);
        return total;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
