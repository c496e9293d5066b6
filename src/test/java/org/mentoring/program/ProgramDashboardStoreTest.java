package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.NotFoundException;
import org.mentoring.feedback.FeedbackEntity;
import org.mentoring.goal.GoalEntity;
import org.mentoring.relationship.AgreementEntity;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.testing.MentoringFixture;

/**
 * The program dashboard on a real database (HSQLDB, or PostgreSQL with -Ppostgres): the counts of a program of ten
 * mentees, small groups withheld together with the next smallest, nothing of another program counted, and the
 * dashboard not found for anyone but the program's managers and administrators.
 */
public class ProgramDashboardStoreTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private MentoringFixture f;
    private ProgramDashboardService dashboards;
    private long program;
    private long other;
    private long now;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        dashboards = f.graph.programDashboards();
        program = f.graph.programs().create(ADMIN, new ProgramInput("Cohort", null, null, "ALWAYS_ON", null, null, null, null,
                null, null, null, null, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, program, MANAGER);
        other = f.graph.programs().create(ADMIN, new ProgramInput("Other", null, null, "ALWAYS_ON", null, null, null, null,
                null, null, null, null, true, null, null)).id();
        now = f.clock.millis();
        for (int i = 1; i <= 10; i++) {
            enrol(program, "m" + i, false, EnrolmentStatus.APPROVED, now - 60 * DAY);
        }
        enrol(program, "mentor1", true, EnrolmentStatus.APPROVED, now - 60 * DAY);
        enrol(program, "mentor2", true, EnrolmentStatus.APPROVED, now - 60 * DAY);
        enrol(program, "late", false, EnrolmentStatus.PENDING, now);
        enrol(other, "m1", false, EnrolmentStatus.APPROVED, now);
        // m1..m3 matched two days after enrolling and on track; m4..m6 forty days after, behind their cadence.
        for (int i = 1; i <= 6; i++) {
            long proposed = now - 60 * DAY + (i <= 3 ? 2 : 40) * DAY;
            long id = relationship(program, "m" + i, "ACTIVE", proposed, i <= 3 ? now - DAY : now - 15 * DAY);
            f.store.create(AgreementEntity.class, Map.of(AgreementEntity.RELATIONSHIP_ID, id, AgreementEntity.CADENCE, "EVERY_TWO_WEEKS",
                    AgreementEntity.REVISION, 2, AgreementEntity.MENTOR_ACCEPTED_REV, 2, AgreementEntity.MENTEE_ACCEPTED_REV, i <= 4 ? 2 : 1,
                    AgreementEntity.UPDATED_BY, "m" + i, AgreementEntity.UPDATED_AT, now));
            goal(id, "IN_PROGRESS");
            if (i <= 3) {
                goal(id, "ACHIEVED");
            }
            if (i == 1) {
                goal(id, "DROPPED");
            }
            feedback(id, i <= 3);
        }
        for (int i = 7; i <= 9; i++) {
            relationship(program, "m" + i, "PROPOSED", now - DAY, now - DAY);
        }
        long elsewhere = relationship(other, "m1", "ACTIVE", now, now);
        goal(elsewhere, "IN_PROGRESS");
        feedback(elsewhere, true);
    }

    private void enrol(long programId, String user, boolean mentor, EnrolmentStatus status, long at) {
        Map<String, Object> v = new HashMap<>();
        v.put(ProgramEnrolmentEntity.PROGRAM_ID, programId);
        v.put(ProgramEnrolmentEntity.USER_KEY, user);
        v.put(ProgramEnrolmentEntity.ENROL_KEY, EnrolmentStore.key(programId, user));
        v.put(ProgramEnrolmentEntity.AS_MENTOR, mentor);
        v.put(ProgramEnrolmentEntity.AS_MENTEE, !mentor);
        v.put(ProgramEnrolmentEntity.STATUS, status.name());
        v.put(ProgramEnrolmentEntity.ENROLLED_AT, at);
        f.store.create(ProgramEnrolmentEntity.class, v);
    }

    private long relationship(long programId, String mentee, String status, long proposedAt, long changedAt) {
        Map<String, Object> v = new HashMap<>();
        v.put(RelationshipEntity.MENTOR_KEY, "mentor1");
        v.put(RelationshipEntity.MENTEE_KEY, mentee);
        v.put(RelationshipEntity.KIND, "FORMAL");
        v.put(RelationshipEntity.PROGRAM_ID, programId);
        v.put(RelationshipEntity.STATUS, status);
        v.put(RelationshipEntity.PROPOSER_KEY, "mentor1");
        v.put(RelationshipEntity.PROPOSED_AT, proposedAt);
        v.put(RelationshipEntity.STATUS_CHANGED_AT, changedAt);
        v.put(RelationshipEntity.EXPIRES_AT, proposedAt + 14 * DAY);
        v.put(RelationshipEntity.MEETING_INTERVAL_DAYS, 14);
        v.put(RelationshipEntity.REVISION, 1);
        v.put(RelationshipEntity.MENTOR_KEEPS_IN_TOUCH, false);
        v.put(RelationshipEntity.MENTEE_KEEPS_IN_TOUCH, false);
        return f.store.create(RelationshipEntity.class, v).getID();
    }

    private void goal(long relationshipId, String status) {
        Map<String, Object> v = new HashMap<>();
        v.put(GoalEntity.RELATIONSHIP_ID, relationshipId);
        v.put(GoalEntity.OWNER_KEY, "x");
        v.put(GoalEntity.MENTOR_KEY, "mentor1");
        v.put(GoalEntity.MENTEE_KEY, "x");
        v.put(GoalEntity.TITLE, "MXSECRETGOAL");
        v.put(GoalEntity.STATUS, status);
        v.put(GoalEntity.PROGRESS, 0);
        v.put(GoalEntity.CREATED_AT, now);
        v.put(GoalEntity.UPDATED_AT, now);
        v.put(GoalEntity.REVISION, 1);
        f.store.create(GoalEntity.class, v);
    }

    private void feedback(long relationshipId, boolean acknowledged) {
        Map<String, Object> v = new HashMap<>();
        v.put(FeedbackEntity.RELATIONSHIP_ID, relationshipId);
        v.put(FeedbackEntity.AUTHOR_KEY, "mentor1");
        v.put(FeedbackEntity.RECIPIENT_KEY, "x");
        v.put(FeedbackEntity.KIND, "STRENGTH");
        v.put(FeedbackEntity.TEXT, "MXSECRETFEEDBACK");
        v.put(FeedbackEntity.RATINGS, "{\"listening\":1}");
        v.put(FeedbackEntity.VISIBILITY, "PAIR");
        v.put(FeedbackEntity.GIVEN_AT, now);
        v.put(FeedbackEntity.REVISION, 1);
        v.put(FeedbackEntity.REPLY_COUNT, 0);
        if (acknowledged) {
            v.put(FeedbackEntity.ACKNOWLEDGED_AT, now);
        }
        f.store.create(FeedbackEntity.class, v);
    }

    private static Map<String, Integer> counts(DashboardSection s) {
        Map<String, Integer> m = new HashMap<>();
        s.groups().forEach(g -> m.put(g.key(), g.count()));
        return m;
    }

    @Test
    public void countsTheProgramOnlyAndWithholdsSmallGroups() {
        ProgramDashboard d = dashboards.dashboard(MANAGER, program);
        assertEquals(Map.of("ENROLLED", 13, "APPROVED", 12, "MATCHED", 6), counts(d.section("funnel")));
        // One unmatched mentee alone would point at a person: hidden with the next smallest group (three waiting).
        DashboardSection matching = d.section("matching");
        Map<String, Integer> m = counts(matching);
        assertEquals(Integer.valueOf(6), m.get("MATCHED"));
        assertNull(m.get("WAITING"));
        assertNull(m.get("UNMATCHED"));
        assertEquals(Integer.valueOf(4), matching.otherCount());
        assertEquals(Integer.valueOf(10), matching.total());
        assertEquals(Map.of("WITHIN_WEEK", 3, "WITHIN_MONTH", 0, "LONGER", 3), counts(d.section("timeToMatch")));
        assertEquals(Integer.valueOf(40), d.medianDaysToMatch());
        Map<String, Integer> byStatus = counts(d.section("relationships"));
        assertEquals(Integer.valueOf(6), byStatus.get("ACTIVE"));
        assertEquals(Integer.valueOf(3), byStatus.get("PROPOSED"));
        assertEquals(Integer.valueOf(0), byStatus.get("ALUMNI"));
        // Two agreements not accepted by both: withheld, and the four accepted with them (the total would tell).
        DashboardSection agreements = d.section("agreements");
        assertNull(counts(agreements).get("ACCEPTED"));
        assertNull(counts(agreements).get("NOT_ACCEPTED"));
        assertEquals(Integer.valueOf(6), agreements.otherCount());
        assertEquals(Map.of("ON_TRACK", 3, "OVERDUE", 3), counts(d.section("cadence")));
        Map<String, Integer> goals = counts(d.section("goals"));
        assertEquals(Integer.valueOf(6), goals.get("IN_PROGRESS"));
        assertNull("one dropped goal is not shown on its own", goals.get("DROPPED"));
        assertNull("nor the next smallest group, three achieved", goals.get("ACHIEVED"));
        assertEquals(Integer.valueOf(0), goals.get("DRAFT"));
        assertEquals(Integer.valueOf(4), d.section("goals").otherCount());
        assertEquals(Map.of("GIVEN", 6, "ACKNOWLEDGED", 3), counts(d.section("feedback")));
        assertEquals(d, dashboards.dashboard(ADMIN, program));
    }

    @Test
    public void nobodyButTheProgramsManagersAndAdministratorsFindsIt() {
        for (String who : Arrays.asList(OUTSIDER, MENTEE2, null)) {
            assertThrows(NotFoundException.class, () -> dashboards.dashboard(who, program));
        }
        f.graph.programs().appoint(ADMIN, other, OUTSIDER);
        assertThrows(NotFoundException.class, () -> dashboards.dashboard(OUTSIDER, program));
        assertThrows(NotFoundException.class, () -> dashboards.dashboard(MANAGER, other));
        assertThrows(NotFoundException.class, () -> dashboards.dashboard(ADMIN, 999_999));
    }

    @Test
    public void theCsvHasOneRowPerGroupAndNoContent() {
        String csv = DashboardCsv.of(dashboards.dashboard(MANAGER, program));
        assertTrue(csv, csv.startsWith("section,group,count,note\r\n\"program\",\"NAME\",\"Cohort\",\"\"\r\n"));
        assertTrue(csv, csv.contains("\"matching\",\"UNMATCHED\",\"\",\"fewer than 3\"\r\n"));
        assertTrue(csv, csv.contains("\"matching\",\"OTHER\",\"4\",\"groups not shown separately\"\r\n"));
        assertTrue(csv, csv.contains("\"cadence\",\"OVERDUE\",\"3\",\"\"\r\n"));
        assertFalse(csv, csv.contains("MXSECRET") || csv.contains("listening"));
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length == 4));
    }
}
