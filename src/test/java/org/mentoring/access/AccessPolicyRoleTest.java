package org.mentoring.access;

import static org.junit.Assert.assertEquals;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import org.junit.Test;
import org.mentoring.testing.MentoringFixture;

public class AccessPolicyRoleTest {
    private final MentoringFixture f = new MentoringFixture();

    @Test
    public void aMemberRoleWinsOverAnyOther() {
        f.programManagers.appoint(5L, MENTEE);
        assertEquals(Role.MENTEE, f.access.roleOf(MENTEE, new Parties(MENTOR, MENTEE, 5L)));
        assertEquals("an admin who is the mentee is treated as the mentee", Role.MENTEE,
                f.access.roleOf(ADMIN, new Parties(MENTOR, ADMIN, null)));
        assertEquals(Role.MENTOR, f.access.roleOf(MENTOR, new Parties(MENTOR, MENTEE, null)));
    }

    @Test
    public void programManagersOnlyForTheirOwnProgram() {
        f.programManagers.appoint(5L, MANAGER);
        assertEquals(Role.PROGRAM_MANAGER, f.access.roleOf(MANAGER, new Parties(MENTOR, MENTEE, 5L)));
        assertEquals(Role.OTHER, f.access.roleOf(MANAGER, new Parties(MENTOR, MENTEE, 6L)));
        assertEquals(Role.OTHER, f.access.roleOf(MANAGER, new Parties(MENTOR, MENTEE, null)));
    }

    @Test
    public void adminsFromTheDirectoryAndEveryoneElseIsOther() {
        assertEquals(Role.ADMIN, f.access.roleOf(ADMIN, new Parties(MENTOR, MENTEE, null)));
        assertEquals(Role.OTHER, f.access.roleOf(OUTSIDER, new Parties(MENTOR, MENTEE, null)));
        assertEquals(Role.OTHER, f.access.roleOf(null, new Parties(MENTOR, MENTEE, null)));
    }
}
