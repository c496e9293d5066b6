package org.mentoring.access;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every program viewer × action, with the expected answer written out by hand. */
@RunWith(Parameterized.class)
public class ProgramAccessTableTest {
    private static final String[] TABLE = {
        "ADMIN SEE yes", "ADMIN EDIT yes", "ADMIN MOVE yes", "ADMIN DECIDE_ENROLMENT yes", "ADMIN APPOINT yes",
        "MANAGER SEE yes", "MANAGER EDIT no", "MANAGER MOVE yes", "MANAGER DECIDE_ENROLMENT yes", "MANAGER APPOINT no",
        "NOBODY SEE no", "NOBODY EDIT no", "NOBODY MOVE no", "NOBODY DECIDE_ENROLMENT no", "NOBODY APPOINT no",
    };

    private final ProgramViewer viewer;
    private final ProgramAction action;
    private final boolean expected;

    public ProgramAccessTableTest(String name, ProgramViewer viewer, ProgramAction action, boolean expected) {
        this.viewer = viewer;
        this.action = action;
        this.expected = expected;
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : TABLE) {
            String[] c = line.split(" ");
            String name = c[0] + " " + c[1];
            if (!seen.add(name)) {
                throw new IllegalStateException("Row listed twice: " + name);
            }
            rows.add(new Object[] {name, ProgramViewer.valueOf(c[0]), ProgramAction.valueOf(c[1]), c[2].equals("yes")});
        }
        return rows;
    }

    @Test
    public void decides() {
        assertEquals(expected, AccessPolicy.decideProgram(viewer, action));
    }

    @Test
    public void tableCoversEveryCase() {
        assertEquals(ProgramViewer.values().length * ProgramAction.values().length, cases().size());
    }
}
