package org.mentoring.privacy;

import java.time.Duration;
import org.mentoring.host.ScheduledJob;

/** Retention's daily run, once per cluster: batches until nothing is due (bounded, so one run never holds on). */
public final class RetentionJob implements ScheduledJob {
    private static final int MAX_BATCHES = 50;

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Override
    public String id() {
        return "mentoring-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofDays(1);
    }

    @Override
    public String run() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int done = retention.runBatch();
            if (done == 0) {
                break;
            }
            total += done;
        }
        return total == 0 ? "nothing due" : total + " relationships' content deleted";
    }
}
