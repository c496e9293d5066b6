package org.mentoring.host.standalone;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mentoring.error.ConflictException;
import org.mentoring.host.EntityStore;
import org.mentoring.host.JobScheduler;
import org.mentoring.host.ScheduledJob;
import org.mentoring.host.Transactions;

/**
 * The standalone host's scheduler: each node ticks every job on its own timer, and an occurrence runs on the one node
 * that claims it in the database (a unique setting row named after the job and the occurrence), so two nodes on one
 * database never both run it. The timers are this node's own scheduling, not shared state: any node can run any
 * occurrence.
 */
public final class ClaimedJobScheduler implements JobScheduler, AutoCloseable {
    private final EntityStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Map<String, ScheduledFuture<?>> ticking = new ConcurrentHashMap<>();

    public ClaimedJobScheduler(EntityStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mentoring-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void schedule(ScheduledJob job) {
        long every = job.interval().toMillis();
        ticking.computeIfAbsent(job.id(), id -> timer.scheduleAtFixedRate(() -> runIfClaimed(job), 0, every, TimeUnit.MILLISECONDS));
    }

    @Override
    public void unschedule(ScheduledJob job) {
        ScheduledFuture<?> tick = ticking.remove(job.id());
        if (tick != null) {
            tick.cancel(false);
        }
    }

    /** Runs the job's current occurrence if this node claims it first; returns what it did, or null when another node has it. */
    public String runIfClaimed(ScheduledJob job) {
        long occurrence = clock.millis() / job.interval().toMillis();
        String claim = "org.mentoring.job." + job.id() + "." + occurrence;
        // The loser of two nodes' inserts runs again (the transaction port's retry) and finds the winner's claim.
        boolean claimed;
        try {
            claimed = transactions.execute(() -> {
                if (store.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", claim).length > 0) {
                    return false;
                }
                store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, claim, StandaloneSettingEntity.VALUE, "claimed"));
                return true;
            });
        } catch (ConflictException e) {
            return null;
        }
        return claimed ? job.run() : null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
