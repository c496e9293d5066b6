package org.mentoring.program;

import java.time.Duration;
import org.mentoring.host.ScheduledJob;

/**
 * Every hour, once per cluster: finishes any program close that stopped half-way. (That a program ends soon is a
 * reminder like the others: org.mentoring.reminder.Reminders.)
 */
public final class ProgramEndJob implements ScheduledJob {
    public static final String ID = "org.mentoring.program.program-end";
    static final int LIMIT = 200;

    private final ProgramEndService programEnd;

    public ProgramEndJob(ProgramEndService programEnd) {
        this.programEnd = programEnd;
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
        int finished = programEnd.finishClosed(LIMIT);
        return finished + " mentorships ended with their closed program";
    }
}
