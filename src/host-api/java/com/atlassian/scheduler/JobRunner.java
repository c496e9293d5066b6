package com.atlassian.scheduler;

/** Signature-only stub. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
