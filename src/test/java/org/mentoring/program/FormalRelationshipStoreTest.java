package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.relationship.RelationshipKind;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/**
 * A formal relationship names an open program in which the mentor is enrolled as mentor and the mentee as mentee,
 * both approved; enrolment itself (approve, decline, withdraw, the window, one per person) on a real database.
 */
public class FormalRelationshipStoreTest {
    private MentoringFixture f;
    private ProgramService programs;
    private EnrolmentService enrolments;
    private long program;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        programs = f.graph.programs();
        enrolments = f.graph.enrolments();
        program = programs.create(ADMIN, new ProgramInput("Onboarding", null, null, "ALWAYS_ON", null, null, null, null, null,
                null, null, 2, false, null, null)).id();
        programs.appoint(ADMIN, program, MANAGER);
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    private void open() {
        programs.move(MANAGER, program, ProgramMove.OPEN, null, null);
    }

    private Proposal formal(long programId) {
        return new Proposal(MENTOR, MENTEE, "FORMAL", programId, null);
    }

    private void refused(long programId) {
        ValidationException e = assertThrows(ValidationException.class, () -> f.relationships.propose(MENTEE, formal(programId)));
        assertEquals("programId", e.problems().get(0).field());
        assertEquals("mentoring.relationship.program.notenrolled", e.problems().get(0).key());
    }

    @Test
    public void aFormalRelationshipNeedsAnExistingOpenProgramWithBothApprovedInTheirRoles() {
        refused(999_999);
        refused(program);
        open();
        enrolments.enrol(MENTOR, program, true, false, null);
        enrolments.enrol(MENTEE, program, false, true, null);
        refused(program);
        enrolments.decide(MANAGER, program, MENTOR, true);
        refused(program);
        enrolments.decide(MANAGER, program, MENTEE, true);
        Relationship r = f.relationships.propose(MENTEE, formal(program));
        assertEquals(RelationshipKind.FORMAL, r.kind());
        assertEquals(Long.valueOf(program), r.programId());
        assertEquals(1, f.store.find(RelationshipEntity.class, "ID > ?", 0).length);
        assertEquals("informal stays as it is", RelationshipKind.INFORMAL,
                f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null)).kind());
    }

    @Test
    public void rolesCountAndAClosedOrWithdrawnEnrolmentNoLongerAdmits() {
        programs.update(ADMIN, program, new ProgramInput("Onboarding", null, null, "ALWAYS_ON", null, null, null, null, null,
                null, null, 2, true, null, 2));
        open();
        enrolments.enrol(MENTOR, program, false, true, null);
        enrolments.enrol(MENTEE, program, false, true, null);
        refused(program);
        enrolments.enrol(MENTEE2, program, true, true, 2);
        assertThrows("Mara enrolled as a mentee only", ValidationException.class,
                () -> f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "FORMAL", program, null)));
        enrolments.withdraw(MENTEE, program);
        assertThrows("Tomáš withdrew", ValidationException.class,
                () -> f.relationships.propose(MENTEE2, new Proposal(MENTEE2, MENTEE, "FORMAL", program, null)));
        assertEquals(RelationshipKind.FORMAL,
                f.relationships.propose(MENTEE2, new Proposal(MENTEE2, MENTOR, "FORMAL", program, null)).kind());
        programs.move(ADMIN, program, ProgramMove.CLOSE, null, null);
        // (open, this pair would be refused as already live; closed, the program refuses first)
        assertThrows("a closed program takes no new relationships", ValidationException.class,
                () -> f.relationships.propose(MENTEE2, new Proposal(MENTEE2, MENTOR, "FORMAL", program, null)));
    }

    @Test
    public void enrolmentRulesAreKept() {
        assertThrows("a draft program takes no enrolments", NotFoundException.class,
                () -> enrolments.enrol(MENTEE, program, false, true, null));
        open();
        ValidationException none = assertThrows(ValidationException.class, () -> enrolments.enrol(MENTEE, program, false, false, null));
        assertEquals("asMentor", none.problems().get(0).field());
        ValidationException cap = assertThrows(ValidationException.class, () -> enrolments.enrol(MENTOR, program, true, false, 3));
        assertEquals("the program caps mentors at 2", "capacity", cap.problems().get(0).field());
        Enrolment mentor = enrolments.enrol(MENTOR, program, true, false, null);
        assertEquals("the program's cap is the mentor's capacity in it", Integer.valueOf(2), mentor.capacity());
        assertEquals(EnrolmentStatus.PENDING, mentor.status());
        assertThrows(RuleViolationException.class, () -> enrolments.enrol(MENTOR, program, true, false, null));
        assertThrows(NotFoundException.class, () -> enrolments.decide(MANAGER, program, "u-nobody", true));
        assertThrows(NotFoundException.class, () -> enrolments.decide(OUTSIDER, program, MENTOR, true));
        assertEquals(EnrolmentStatus.DECLINED, enrolments.decide(MANAGER, program, MENTOR, false).status());
        assertThrows(RuleViolationException.class, () -> enrolments.decide(ADMIN, program, MENTOR, true));
        assertThrows(RuleViolationException.class, () -> enrolments.withdraw(MENTOR, program));
    }

    @Test
    public void racingEnrolmentsOfOnePersonMakeOne() throws Exception {
        open();
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == ProgramEnrolmentEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> enrolments.enrol(MENTEE, program, false, true, null),
                () -> enrolments.enrol(MENTEE, program, true, true, 1));
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Enrolment.class::isInstance).count());
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(RuleViolationException.class::isInstance).count());
        f.store.beforeCreate((type, values) -> { });
        assertEquals(1, f.store.find(ProgramEnrolmentEntity.class, "ID > ?", 0).length);
    }
}
