package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.TestHost;

/**
 * The demo's running cohort, seeded through the real services where the directory has its people: Pam's program is
 * running, matched and published, and its dashboard shows a believable funnel (every group large enough to show);
 * seeding twice changes nothing; a host with only the core people gets the demo without the cohort.
 */
public class DemoCohortTest {
    @Test
    public void pamsCohortRunsWithLiveMentorshipsAFewWaitingAndAFewUnmatched() throws Exception {
        try (TestHost host = TestHost.startWith(DemoUsers.withCohort())) {
            assertTrue(DemoData.seedOnce(host.app));
            assertFalse("seeded once", DemoData.seedOnce(host.app));
            var programs = host.app.graph.programs().list("u-pam", PageRequest.first(10)).values();
            assertEquals(1, programs.size());
            Program cohort = programs.get(0);
            assertEquals(ProgramStatus.RUNNING, cohort.status());
            assertEquals(ProgramKind.COHORT, cohort.kind());

            ProgramDashboard d = host.app.graph.programDashboards().dashboard("u-pam", cohort.id());
            assertEquals(Map.of("ENROLLED", 19, "APPROVED", 16, "MATCHED", 6), counts(d, "funnel"));
            assertEquals(Map.of("PENDING", 3, "APPROVED", 16, "DECLINED", 0, "WITHDRAWN", 0), counts(d, "enrolments"));
            assertEquals(Map.of("MATCHED", 6, "WAITING", 3, "UNMATCHED", 3), counts(d, "matching"));
            Map<String, Integer> byStatus = counts(d, "relationships");
            assertEquals(6, (int) byStatus.get("ACTIVE"));
            assertEquals(3, (int) byStatus.get("PROPOSED"));
            assertEquals(Map.of("ACCEPTED", 3, "NOT_ACCEPTED", 3), counts(d, "agreements"));
            assertEquals(6, (int) counts(d, "sessions").get("LOGGED"));
            assertEquals(4, (int) counts(d, "goals").get("IN_PROGRESS"));
            assertEquals(Map.of("GIVEN", 3, "ACKNOWLEDGED", 3), counts(d, "feedback"));
            assertEquals("the last three to enrol wait for approval", 3,
                    host.app.graph.enrolments().list("u-pam", cohort.id(), java.util.Set.of(EnrolmentStatus.PENDING), null,
                            PageRequest.first(10)).total());
            assertEquals(3, host.app.graph.matching().unmatched("u-pam", cohort.id(), PageRequest.first(10)).total());
        }
    }

    @Test
    public void withOnlyTheCorePeopleTheDemoHasNoCohort() throws Exception {
        try (TestHost host = TestHost.start()) {
            assertTrue(DemoData.seedOnce(host.app));
            assertEquals(0, host.app.graph.programs().list("u-ada", PageRequest.first(10)).total());
        }
    }

    /** A section's shown counts by group (a group hidden as fewer than 3 is left out). */
    private static Map<String, Integer> counts(ProgramDashboard d, String key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DashboardSection s : d.sections()) {
            if (s.key().equals(key)) {
                s.groups().stream().filter(DashboardSection.Group::shown).forEach(g -> counts.put(g.key(), g.count()));
            }
        }
        return counts;
    }
}
