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
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/** Enrolment's rules, questions, lists and races on a real database (HSQLDB, or PostgreSQL with -Ppostgres). */
public class EnrolmentStoreTest {
    private MentoringFixture f;
    private EnrolmentService enrolments;
    private long program;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        enrolments = f.graph.enrolments();
        program = f.graph.programs().create(ADMIN, new ProgramInput("Onboarding", null, null, "ALWAYS_ON", null, null, null, null,
                null, null, null, 2, false, null, null)).id();
        f.graph.programs().appoint(ADMIN, program, MANAGER);
        f.graph.programs().move(MANAGER, program, ProgramMove.OPEN, null, null);
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    @Test
    public void aManagerApprovingWhileThePersonWithdrawsEndsInOneOfTheTwo() throws Exception {
        enrolments.enrol(MENTEE, program, false, true, null);
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == EnrolmentChangeEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> enrolments.decide(MANAGER, program, MENTEE, true),
                () -> enrolments.withdraw(MENTEE, program));
        f.store.beforeCreate((type, values) -> { });
        Enrolment after = enrolments.get(MANAGER, program, MENTEE);
        long won = outcomes.stream().filter(Enrolment.class::isInstance).count();
        // Withdrawing after an approval is allowed, so both may succeed in that order; never the approval after a withdrawal.
        if (won == 1) {
            assertEquals(outcomes.toString(), 1, outcomes.stream().filter(RuleViolationException.class::isInstance).count());
        }
        assertEquals(EnrolmentStatus.WITHDRAWN, after.status());
        int changes = f.store.find(EnrolmentChangeEntity.class, "ID > ?", 0).length;
        assertEquals("one change per status left", won, changes);
    }

    @Test
    public void twoManagersDecidingAtOnceDecideOnce() throws Exception {
        enrolments.enrol(MENTEE, program, false, true, null);
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == EnrolmentChangeEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> enrolments.decide(MANAGER, program, MENTEE, true),
                () -> enrolments.decide(ADMIN, program, MENTEE, false));
        f.store.beforeCreate((type, values) -> { });
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Enrolment.class::isInstance).count());
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(RuleViolationException.class::isInstance).count());
        Enrolment winner = (Enrolment) outcomes.stream().filter(Enrolment.class::isInstance).findFirst().orElseThrow();
        assertEquals(winner.status(), enrolments.get(ADMIN, program, MENTEE).status());
    }

    @Test
    public void racingEnrolmentsOfDifferentPeopleBothCount() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == ProgramEnrolmentEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> enrolments.enrol(MENTEE, program, false, true, null),
                () -> enrolments.enrol(MENTEE2, program, false, true, null));
        f.store.beforeCreate((type, values) -> { });
        assertEquals(outcomes.toString(), 2, outcomes.stream().filter(Enrolment.class::isInstance).count());
        assertEquals(2, enrolments.list(MANAGER, program, Set.of(), null, PageRequest.first(10)).total());
    }

    @Test
    public void answersAreCheckedAgainstTheProgramsQuestions() {
        List<EnrolmentQuestion> qs = enrolments.setQuestions(ADMIN, program, List.of(
                new EnrolmentService.QuestionInput(null, "Goals?", true), new EnrolmentService.QuestionInput(null, "Notes?", false)));
        assertThrows(ForbiddenException.class, () -> enrolments.setQuestions(MANAGER, program, List.of()));
        assertThrows(NotFoundException.class, () -> enrolments.setQuestions(OUTSIDER, program, List.of()));
        ValidationException missing = assertThrows(ValidationException.class, () -> enrolments.enrol(MENTEE, program,
                new EnrolmentInput(false, true, null, List.of(new EnrolmentInput.Answer(qs.get(1).id(), "hi")))));
        assertEquals("answers." + qs.get(0).id(), missing.problems().get(0).field());
        Enrolment e = enrolments.enrol(MENTOR, program, new EnrolmentInput(true, false, 1,
                List.of(new EnrolmentInput.Answer(qs.get(0).id(), "Grow leads"))));
        assertEquals("Grow leads", enrolments.get(MENTOR, program, MENTOR).answers().get(qs.get(0).id()));
        assertEquals(Integer.valueOf(1), e.capacity());
        assertEquals(1, enrolments.list(ADMIN, program, Set.of(EnrolmentStatus.PENDING), "MENTOR", PageRequest.first(10)).total());
        assertEquals(0, enrolments.list(ADMIN, program, Set.of(EnrolmentStatus.PENDING), "MENTEE", PageRequest.first(10)).total());
    }
}
