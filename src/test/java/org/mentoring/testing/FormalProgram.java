package org.mentoring.testing;

import org.mentoring.MentoringGraph;
import org.mentoring.program.ProgramInput;
import org.mentoring.program.ProgramMove;

/** An open, auto-approving program made through the real services, so formal relationships can be proposed in it. */
public final class FormalProgram {
    private static final String ADMIN = "u-ada";

    private FormalProgram() {
    }

    /** A program managed by {@code managerKey} (or nobody), with {@code mentorKey} enrolled as mentor and the mentees as mentees. */
    public static long open(MentoringGraph graph, String managerKey, String mentorKey, String... menteeKeys) {
        long id = graph.programs().create(ADMIN, new ProgramInput("Program for " + mentorKey, null, null, "ALWAYS_ON", null, null,
                null, null, null, null, null, null, true, null, null)).id();
        if (managerKey != null) {
            graph.programs().appoint(ADMIN, id, managerKey);
        }
        graph.programs().move(ADMIN, id, ProgramMove.OPEN, null, null);
        graph.enrolments().enrol(mentorKey, id, true, false, null);
        for (String mentee : menteeKeys) {
            graph.enrolments().enrol(mentee, id, false, true, null);
        }
        return id;
    }
}
