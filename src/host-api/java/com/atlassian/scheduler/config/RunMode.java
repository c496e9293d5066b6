package com.atlassian.scheduler.config;

/** Stub with the real constants. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
