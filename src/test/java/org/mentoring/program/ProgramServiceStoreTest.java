package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConflictException;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.history.History;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.FitScore;
import org.mentoring.relationship.Cadence;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/** Programs, their lifecycle, history and managers on a real database (HSQLDB, or PostgreSQL with -Ppostgres). */
public class ProgramServiceStoreTest {
    private MentoringFixture f;
    private ProgramService programs;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        programs = f.graph.programs();
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    static ProgramInput cohort(String name) {
        return new ProgramInput(name, "Six months of onboarding", "Ship a first feature", "COHORT", "2027-01-04", "2027-06-30",
                "2026-12-01", "2026-12-20", "MANAGER", "EVERY_TWO_WEEKS", 45, 2, false,
                new ProgramInput.WeightsInput(8.0, 5.0, null, 0.0), null);
    }

    private static Set<String> fields(DomainException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    @Test
    public void anAdministratorCreatesADraftCohortWithEveryField() {
        Program p = programs.create(ADMIN, cohort("Onboarding 2027"));
        Program read = programs.get(ADMIN, p.id());
        assertEquals("Onboarding 2027", read.name());
        assertEquals("Ship a first feature", read.objectives());
        assertEquals(ProgramKind.COHORT, read.kind());
        assertEquals(LocalDate.parse("2027-01-04"), read.startsOn());
        assertEquals(LocalDate.parse("2026-12-20"), read.enrolUntil());
        assertEquals(MatchingMode.MANAGER, read.matching());
        assertEquals(Cadence.EVERY_TWO_WEEKS, read.cadence());
        assertEquals(Integer.valueOf(45), read.meetingMinutes());
        assertEquals(Integer.valueOf(2), read.mentorCap());
        assertEquals("a missing weight keeps the directory's", new FitScore.Weights(8, 5, FitScore.Weights.DEFAULT.timeZone(), 0),
                read.weights());
        assertEquals(ProgramStatus.DRAFT, read.status());
        assertEquals(1, read.version());
        List<History.Entry> history = programs.history(ADMIN, p.id(), PageRequest.first(10)).values();
        assertEquals(1, history.size());
        assertEquals("CREATE", history.get(0).type());
        assertEquals(ADMIN, history.get(0).actorKey());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> programs.create(ADMIN, new ProgramInput(" ",
                null, "x".repeat(10001), "COHORT", "2027-02-01", "2027-01-01", "someday", "2027-03-01", "LOTTERY", "EVERY_N_DAYS",
                5, 0, null, new ProgramInput.WeightsInput(-1.0, 101.0, Double.NaN, 1.0), null)));
        assertEquals(Set.of("name", "objectives", "endsOn", "enrolFrom", "enrolUntil", "matching", "cadence", "meetingMinutes",
                "mentorCap", "weights.skill", "weights.language", "weights.timeZone"), fields(e));
        ValidationException alwaysOn = assertThrows(ValidationException.class, () -> programs.create(ADMIN,
                new ProgramInput("Always", null, null, "ALWAYS_ON", "2027-01-01", null, null, null, null, null, null, null,
                        null, null, null)));
        assertEquals(Set.of("startsOn"), fields(alwaysOn));
        ValidationException noKind = assertThrows(ValidationException.class, () -> programs.create(ADMIN,
                new ProgramInput("Kindless", null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals(Set.of("kind"), fields(noKind));
        assertEquals(0, programs.list(ADMIN, PageRequest.first(10)).total());
        assertEquals(0, f.store.find(ProgramEventEntity.class, "ID > ?", 0).length);
    }

    @Test
    public void onlyAdministratorsCreateAndChangeProgramsAndOthersCannotTellTheyExist() {
        assertThrows(ForbiddenException.class, () -> programs.create(MANAGER, cohort("Mine")));
        Program p = programs.create(ADMIN, cohort("Onboarding"));
        Program other = programs.create(ADMIN, cohort("Leadership"));
        programs.appoint(ADMIN, p.id(), MANAGER);
        assertEquals("Onboarding", programs.get(MANAGER, p.id()).name());
        assertThrows("a manager of another program sees nothing of this one", NotFoundException.class,
                () -> programs.get(MANAGER, other.id()));
        assertThrows(NotFoundException.class, () -> programs.get(OUTSIDER, p.id()));
        assertThrows(NotFoundException.class, () -> programs.history(OUTSIDER, p.id(), PageRequest.first(5)));
        assertThrows(NotFoundException.class, () -> programs.get(ADMIN, 999_999));
        ProgramInput rename = withVersion(cohort("Renamed"), 2);
        assertThrows(ForbiddenException.class, () -> programs.update(MANAGER, p.id(), rename));
        assertThrows(NotFoundException.class, () -> programs.update(OUTSIDER, p.id(), rename));
        assertThrows(NotFoundException.class, () -> programs.move(MANAGER, other.id(), ProgramMove.OPEN, 1, null));
        assertThrows(ForbiddenException.class, () -> programs.appoint(MANAGER, p.id(), OUTSIDER));
        assertEquals("Renamed", programs.update(ADMIN, p.id(), rename).name());
    }

    private static ProgramInput withVersion(ProgramInput in, Integer version) {
        return new ProgramInput(in.name(), in.description(), in.objectives(), in.kind(), in.startsOn(), in.endsOn(), in.enrolFrom(),
                in.enrolUntil(), in.matching(), in.cadence(), in.meetingMinutes(), in.mentorCap(), in.autoApprove(), in.weights(),
                version);
    }

    @Test
    public void theLifecycleRunsDraftOpenRunningClosedAndRefusesIllegalMovesWithTheReason() {
        Program p = programs.create(ADMIN, cohort("Onboarding"));
        programs.appoint(ADMIN, p.id(), MANAGER);
        RuleViolationException early = assertThrows(RuleViolationException.class,
                () -> programs.move(MANAGER, p.id(), ProgramMove.START, 2, null));
        assertEquals("mentoring.program.move.notallowed", early.problems().get(0).key());
        assertEquals(List.of("start", "draft"), early.problems().get(0).args());
        Program open = programs.move(MANAGER, p.id(), ProgramMove.OPEN, 2, "Enrolment is open");
        assertEquals(ProgramStatus.OPEN, open.status());
        assertThrows("a stale version is refused", ConflictException.class,
                () -> programs.move(MANAGER, p.id(), ProgramMove.START, 2, null));
        Program running = programs.move(MANAGER, p.id(), ProgramMove.START, open.version(), null);
        Program closed = programs.move(ADMIN, p.id(), ProgramMove.CLOSE, running.version(), "Done");
        assertEquals(ProgramStatus.CLOSED, closed.status());
        assertThrows(RuleViolationException.class, () -> programs.move(ADMIN, p.id(), ProgramMove.OPEN, closed.version(), null));
        assertThrows(RuleViolationException.class, () -> programs.update(ADMIN, p.id(), withVersion(cohort("Again"), closed.version())));
        List<History.Entry> history = programs.history(MANAGER, p.id(), PageRequest.first(10)).values();
        assertEquals(List.of("CREATE", "APPOINT", "OPEN", "START", "CLOSE"), history.stream().map(History.Entry::type).toList());
        assertEquals("OPEN", history.get(2).to());
        assertEquals("Enrolment is open", history.get(2).note());
        assertEquals("RUNNING", history.get(4).from());
        assertEquals(List.of(1, 2, 3, 4, 5), history.stream().map(History.Entry::seq).toList());
    }

    @Test
    public void administratorsAppointAndRemoveManagersAndTheListsFollow() {
        Program a = programs.create(ADMIN, cohort("Beta"));
        Program b = programs.create(ADMIN, cohort("alpha"));
        programs.create(ADMIN, cohort("Gamma"));
        programs.appoint(ADMIN, a.id(), MANAGER);
        programs.appoint(ADMIN, a.id(), MANAGER);
        programs.appoint(ADMIN, b.id(), MANAGER);
        assertThrows(RuleViolationException.class, () -> programs.appoint(ADMIN, a.id(), MentoringFixture.INACTIVE));
        assertEquals(List.of(MANAGER), programs.managers(ADMIN, a.id(), PageRequest.first(10)).values().stream()
                .map(p -> p.key()).toList());
        assertEquals("by name, any case", List.of("alpha", "Beta", "Gamma"),
                programs.list(ADMIN, PageRequest.first(10)).values().stream().map(Program::name).toList());
        var managed = programs.list(MANAGER, new PageRequest(1, 1));
        assertEquals(2, managed.total());
        assertEquals(List.of("Beta"), managed.values().stream().map(Program::name).toList());
        assertEquals(0, programs.list(OUTSIDER, PageRequest.first(10)).total());
        assertEquals(0, programs.list(MENTOR, PageRequest.first(10)).total());

        programs.remove(ADMIN, a.id(), MANAGER);
        assertThrows(NotFoundException.class, () -> programs.get(MANAGER, a.id()));
        assertThrows(NotFoundException.class, () -> programs.remove(ADMIN, a.id(), MANAGER));
        assertEquals(1, programs.list(MANAGER, PageRequest.first(10)).total());
        assertEquals(List.of("CREATE", "APPOINT", "REMOVE"), programs.history(ADMIN, a.id(), PageRequest.first(10)).values()
                .stream().map(History.Entry::type).toList());
    }

    @Test
    public void twoManagersMovingFromTheSameVersionAtOnceOneWins() throws Exception {
        Program p = programs.create(ADMIN, cohort("Onboarding"));
        programs.appoint(ADMIN, p.id(), MANAGER);
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == ProgramEventEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> programs.move(MANAGER, p.id(), ProgramMove.OPEN, 2, "one"),
                () -> programs.move(ADMIN, p.id(), ProgramMove.CLOSE, 2, "other"));
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Program.class::isInstance).count());
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(ConflictException.class::isInstance).count());
        f.store.beforeCreate((type, values) -> { });
        Program after = programs.get(ADMIN, p.id());
        assertEquals(3, after.version());
        assertEquals(3, programs.history(ADMIN, p.id(), PageRequest.first(10)).total());
        assertTrue(after.status() == ProgramStatus.OPEN || after.status() == ProgramStatus.CLOSED);
        assertNull(programs.history(ADMIN, p.id(), PageRequest.first(10)).values().get(0).from());
    }
}
