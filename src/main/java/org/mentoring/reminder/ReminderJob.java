package org.mentoring.reminder;

import java.time.Duration;
import org.mentoring.host.ScheduledJob;

/** Every hour, once per cluster (through the host's scheduler): the reminders that are due. */
public final class ReminderJob implements ScheduledJob {
    public static final String ID = "org.mentoring.reminder.reminders";

    private final Reminders reminders;

    public ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public String run() {
        return reminders.sendDue() + " reminders sent";
    }
}
