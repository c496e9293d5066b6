package com.atlassian.scheduler.config;

import java.util.Date;

/** Stub with the real interval factory and accessor. */
public final class Schedule {
    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
