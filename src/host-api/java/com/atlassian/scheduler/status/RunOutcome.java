package com.atlassian.scheduler.status;

/** Stub with the real constants. */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
