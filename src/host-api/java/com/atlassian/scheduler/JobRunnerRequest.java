package com.atlassian.scheduler;

/** Signature-only stub. */
public interface JobRunnerRequest {
    java.util.Date getStartTime();

    com.atlassian.scheduler.config.JobId getJobId();
}
