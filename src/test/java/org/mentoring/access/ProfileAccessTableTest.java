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

/** Every profile viewer × action × visibility, with the expected answer written out by hand. */
@RunWith(Parameterized.class)
public class ProfileAccessTableTest {
    private static final String[] TABLE = {
        "OWNER SEE visible yes", "OWNER SEE hidden yes", "OWNER EDIT visible yes", "OWNER EDIT hidden yes",
        "ADMIN SEE visible yes", "ADMIN SEE hidden yes", "ADMIN EDIT visible yes", "ADMIN EDIT hidden yes",
        "MEMBER SEE visible yes", "MEMBER SEE hidden no", "MEMBER EDIT visible no", "MEMBER EDIT hidden no",
        "NOBODY SEE visible no", "NOBODY SEE hidden no", "NOBODY EDIT visible no", "NOBODY EDIT hidden no",
    };

    private final ProfileViewer viewer;
    private final ProfileAction action;
    private final boolean visible;
    private final boolean expected;

    public ProfileAccessTableTest(String name, ProfileViewer viewer, ProfileAction action, boolean visible, boolean expected) {
        this.viewer = viewer;
        this.action = action;
        this.visible = visible;
        this.expected = expected;
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : TABLE) {
            String[] c = line.split(" ");
            String name = c[0] + " " + c[1] + " " + c[2];
            if (!seen.add(name)) {
                throw new IllegalStateException("Row listed twice: " + name);
            }
            rows.add(new Object[] {name, ProfileViewer.valueOf(c[0]), ProfileAction.valueOf(c[1]), c[2].equals("visible"),
                    c[3].equals("yes")});
        }
        return rows;
    }

    @Test
    public void decides() {
        assertEquals(expected, AccessPolicy.decideProfile(viewer, action, visible));
    }

    @Test
    public void tableCoversEveryCase() {
        assertEquals(ProfileViewer.values().length * ProfileAction.values().length * 2, cases().size());
    }
}
