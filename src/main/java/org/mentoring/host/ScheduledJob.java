package org.mentoring.host;

import java.time.Duration;

/** Work the app does on a schedule, once per cluster at each occurrence, whatever the host. */
public interface ScheduledJob {
    /** Stable across releases and nodes: hosts key the job's schedule and its claims on it. */
    String id();

    Duration interval();

    /** Does one occurrence's work and says what it did, for the host's log. */
    String run();
}
