package com.atlassian.scheduler.config;

import java.util.Date;

/** Stub with the real accessors. */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    public IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime;
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime;
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
