package org.mentoring.privacy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.mentoring.goal.GoalInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipRetention;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.MentoringFixture;

/**
 * Retention on the real database: off by default (the job deletes nothing); with N months, a dry run names what would
 * go and deletes nothing; the job then deletes the content of relationships finished longer ago, keeps their anonymous
 * row, and leaves live and recent ones alone.
 */
public class RetentionStoreTest {
    @Test
    public void offByDefaultThenDryRunThenTheJobDeletesOnlyOldFinishedContent() {
        MentoringFixture f = new MentoringFixture();
        Relationship old = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        old = f.relationships.move(MENTOR, old.id(), Move.ACCEPT, MoveRequest.none());
        f.sessions.create(MENTOR, old.id(), new SessionInput("2026-11-01", 30, "Old", "OLD-SHARED", null), null, List.of());
        f.goals.create(MENTEE, old.id(), new GoalInput("Old goal", null, null, null, null, null));
        f.relationships.move(MENTEE, old.id(), Move.COMPLETE, MoveRequest.none());
        f.clock.advance(Duration.ofDays(400));
        Relationship live = f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        live = f.relationships.move(MENTOR, live.id(), Move.ACCEPT, MoveRequest.none());
        f.sessions.create(MENTOR, live.id(), new SessionInput("2027-12-01", 30, "Live", "LIVE-SHARED", null), null, List.of());
        RetentionJob job = new RetentionJob(f.graph.retention());

        assertEquals("off by default", "nothing due", job.run());
        assertEquals(1, f.sessions.ofRelationship(MENTOR, old.id(), org.mentoring.paging.PageRequest.first(5)).sessions().total());

        Map<String, Integer> wouldGo = f.graph.retention().dryRun(12);
        assertEquals(Integer.valueOf(1), wouldGo.get("relationships"));
        assertEquals(Integer.valueOf(1), wouldGo.get("sessions"));
        assertEquals(Integer.valueOf(1), wouldGo.get("goals"));
        assertEquals("a dry run deletes nothing", 1,
                f.sessions.ofRelationship(MENTOR, old.id(), org.mentoring.paging.PageRequest.first(5)).sessions().total());

        f.graph.retention().configure(ADMIN, 12);
        assertEquals("1 relationships' content deleted", job.run());
        assertEquals("and then nothing is due", "nothing due", job.run());
        Relationship kept = f.relationships.find(old.id()).orElseThrow();
        assertEquals("the anonymous row stays for program reports", RelationshipRetention.RETAINED, kept.mentorKey());
        assertEquals(org.mentoring.relationship.RelationshipStatus.COMPLETED, kept.status());
        assertEquals("the live relationship keeps everything", 1,
                f.sessions.ofRelationship(MENTOR, live.id(), org.mentoring.paging.PageRequest.first(5)).sessions().total());
        assertEquals(Map.of("relationships", 0, "goals", 0, "sessions", 0, "feedback", 0, "agreements and history notes", 0),
                f.graph.retention().dryRun(12));
        assertTrue(f.graph.storedAudit().list(org.mentoring.paging.PageRequest.first(5)).values().stream()
                .anyMatch(e -> e.action().equals("settings.retention")));
    }
}
