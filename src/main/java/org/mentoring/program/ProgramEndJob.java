package org.mentoring.program;

import java.time.Duration;
import org.mentoring.host.ScheduledJob;

/**
 * Every hour, once per cluster: reminds the members of mentorships in cohorts ending within two weeks (once per member
 * and end date), and finishes any program close that stopped half-way.
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
        int reminded = programEnd.remindEnding(LIMIT);
        int finished = programEnd.finishClosed(LIMIT);
        return reminded + " program-end reminders sent, " + finished + " mentorships ended with their closed program";
    }
}
