package org.mentoring.host;

import java.util.List;

/** The app's scheduled jobs, handed to the host's scheduler when the app starts and taken back when it stops. */
public final class ScheduledWork {
    private final JobScheduler scheduler;
    private final List<ScheduledJob> jobs;

    public ScheduledWork(JobScheduler scheduler, List<ScheduledJob> jobs) {
        this.scheduler = scheduler;
        this.jobs = List.copyOf(jobs);
    }

    public void start() {
        jobs.forEach(scheduler::schedule);
    }

    public void stop() {
        jobs.forEach(scheduler::unschedule);
    }

    public List<ScheduledJob> jobs() {
        return jobs;
    }
}
