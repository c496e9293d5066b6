package org.mentoring.host.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.mentoring.host.JobScheduler;
import org.mentoring.host.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs through the Atlassian Scheduler, which both Jira and Confluence run: the runner is registered on this node, the
 * schedule is the cluster's (RUN_ONCE_PER_CLUSTER: one node per occurrence, and it survives restarts). Scheduling the
 * same id again replaces the schedule, so nodes starting together agree; the first run is as soon as possible (the jobs
 * are idempotent), so frequent restarts never postpone the work. On stop only this node's runner goes: the
 * other nodes keep running the job.
 */
public final class AtlassianJobScheduler implements JobScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(AtlassianJobScheduler.class);

    private final SchedulerService scheduler;

    public AtlassianJobScheduler(SchedulerService schedulerService) {
        this.scheduler = schedulerService;
    }

    @Override
    public void schedule(ScheduledJob job) {
        JobRunnerKey key = JobRunnerKey.of(job.id());
        scheduler.registerJobRunner(key, runner(job));
        long interval = job.interval().toMillis();
        JobConfig config = JobConfig.forJobRunnerKey(key).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(interval, null));
        try {
            scheduler.scheduleJob(JobId.of(job.id()), config);
        } catch (SchedulerServiceException e) {
            // The runner stays registered: a schedule another node made still runs here.
            LOG.error("Could not schedule {}", job.id(), e);
        }
    }

    @Override
    public void unschedule(ScheduledJob job) {
        scheduler.unregisterJobRunner(JobRunnerKey.of(job.id()));
    }

    static JobRunner runner(ScheduledJob job) {
        return request -> {
            try {
                return JobRunnerResponse.success(job.run());
            } catch (RuntimeException e) {
                LOG.error("{} failed", job.id(), e);
                return JobRunnerResponse.failed(String.valueOf(e.getMessage()));
            }
        };
    }
}
