package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Notifications.Notification;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipKind;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.MentoringFixture;

/**
 * The end of a cohort on a real database (HSQLDB, or PostgreSQL with -Ppostgres; the reminders before the end date are
 * RemindersStoreTest's): at close, a mentorship both members chose to continue becomes
 * informal with its history, the other is completed with a reflection prompt to both, and only members choose.
 */
public class ProgramEndStoreTest {
    private MentoringFixture f;
    private ProgramEndService end;
    private long program;
    private Relationship both;
    private Relationship one;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        end = f.graph.programEnd();
        ProgramService programs = f.graph.programs();
        program = programs.create(ADMIN, new ProgramInput("Spring cohort", null, null, "COHORT", "2026-09-01", "2026-11-12", null,
                null, null, null, null, null, true, null, null)).id();
        programs.appoint(ADMIN, program, MANAGER);
        programs.move(MANAGER, program, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, program, true, false, null);
        f.graph.enrolments().enrol(MENTEE, program, false, true, null);
        f.graph.enrolments().enrol(MENTEE2, program, false, true, null);
        both = accepted(MENTEE);
        one = accepted(MENTEE2);
        programs.move(MANAGER, program, ProgramMove.START, null, null);
        f.told.clear();
    }

    private Relationship accepted(String mentee) {
        Relationship r = f.relationships.propose(MENTOR, new Proposal(MENTOR, mentee, "FORMAL", program, null));
        return f.relationships.move(mentee, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    private List<Notification> told(String key) {
        return f.told.stream().filter(n -> n.key().equals("mentoring.relationship.notify." + key)).toList();
    }

    @Test
    public void atCloseAPairThatBothChoseGoesOnInformallyAndTheOtherIsCompleted() {
        assertTrue(end.choose(MENTOR, both.id(), true).mine());
        assertTrue(end.choose(MENTEE, both.id(), true).other());
        end.choose(MENTEE2, one.id(), true);
        ProgramEndService.AfterProgram state = end.state(MENTOR, one.id());
        assertTrue(state.applies());
        assertFalse(state.mine());
        assertTrue(state.other());
        int before = f.relationships.history(MENTOR, both.id(), PageRequest.first(50)).values().size();

        f.graph.programs().move(MANAGER, program, ProgramMove.CLOSE, null, null);

        Relationship kept = f.relationships.get(MENTOR, both.id());
        assertEquals(RelationshipStatus.ACTIVE, kept.status());
        assertEquals(RelationshipKind.INFORMAL, kept.kind());
        assertNull(kept.programId());
        var history = f.relationships.history(MENTEE, both.id(), PageRequest.first(50)).values();
        assertEquals(before + 1, history.size());
        assertEquals("PROGRAM_LEAVE", history.get(history.size() - 1).type().name());
        assertEquals(RelationshipStatus.COMPLETED, f.relationships.get(MENTOR, one.id()).status());
        assertEquals(List.of(MENTOR, MENTEE), told("PROGRAM_LEAVE").stream().map(Notification::recipientKey).toList());
        assertEquals(List.of(MENTOR, MENTEE2), told("PROGRAM_CLOSE").stream().map(Notification::recipientKey).toList());
        // The manager no longer sees the mentorship that left the program; nothing is left for the job to finish.
        assertThrows(NotFoundException.class, () -> f.relationships.get(MANAGER, both.id()));
        assertEquals(0, end.finishClosed(100));
        assertThrows(RuleViolationException.class, () -> end.choose(MENTEE2, one.id(), false));
    }

    @Test
    public void theJobFinishesACloseThatStoppedHalfWay() {
        end.choose(MENTOR, both.id(), true);
        end.choose(MENTEE, both.id(), true);
        // The program closed without its mentorships (as if the node went down right after the close committed).
        ProgramService bare = new ProgramService(new ProgramStore(f.store), f.programManagers, f.access, f.users, f.transactions, f.clock,
                entry -> { }, id -> { });
        bare.move(MANAGER, program, ProgramMove.CLOSE, null, null);
        assertEquals(RelationshipStatus.ACTIVE, f.relationships.get(MENTOR, one.id()).status());
        assertEquals(2, end.finishClosed(100));
        assertEquals(RelationshipKind.INFORMAL, f.relationships.get(MENTOR, both.id()).kind());
        assertEquals(RelationshipStatus.COMPLETED, f.relationships.get(MENTOR, one.id()).status());
    }

    @Test
    public void onlyMembersChoose() {
        assertThrows(ForbiddenException.class, () -> end.choose(MANAGER, both.id(), true));
        assertThrows(ForbiddenException.class, () -> end.state(ADMIN, both.id()));
        assertThrows(NotFoundException.class, () -> end.choose(OUTSIDER, both.id(), true));
        assertThrows(NotFoundException.class, () -> end.choose(MENTEE2, both.id(), true));
        assertFalse(end.state(MENTOR, both.id()).mine());
    }
}
