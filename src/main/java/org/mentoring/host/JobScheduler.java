package org.mentoring.host;

/**
 * The host's scheduler: runs each job every {@link ScheduledJob#interval()} on one node of the cluster per occurrence.
 * Scheduling is idempotent (every node schedules the same jobs when it starts).
 */
public interface JobScheduler {
    void schedule(ScheduledJob job);

    /** This node stops running the job (the plugin stops); a schedule shared by the cluster stays for the other nodes. */
    void unschedule(ScheduledJob job);
}
