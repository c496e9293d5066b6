package org.mentoring.program;

import static org.junit.Assert.assertEquals;
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
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConflictException;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.host.Notifications.Notification;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.ProfileInput;
import org.mentoring.people.ProfileInput.SkillLevelInput;
import org.mentoring.people.SkillInput;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/**
 * Choosing on a real database (HSQLDB, or PostgreSQL with -Ppostgres): mentees apply to ranked mentors, a mentor
 * accepts one, the rest close; the hard constraints at apply and accept; and the two races — one mentor's last slot,
 * one applicant accepted by two mentors — that one side wins and the other loses with 409.
 */
public class ApplicationStoreTest {
    private MentoringFixture f;
    private ApplicationService applications;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        applications = f.graph.applications();
        f.skills.create(ADMIN, new SkillInput("Kotlin", null, List.of()));
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    /** An open, auto-approving program in {@code mode}; OUTSIDER and MENTOR mentor (capacity {@code cap}), the others are mentees. */
    private long program(String mode, Integer cap) {
        long id = f.graph.programs().create(ADMIN, new ProgramInput("Pick", null, null, "ALWAYS_ON", null, null, null, null, mode, null,
                null, cap, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, id, MANAGER);
        f.graph.programs().move(MANAGER, id, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, id, true, false, null);
        f.graph.enrolments().enrol(OUTSIDER, id, true, false, null);
        f.graph.enrolments().enrol(MENTEE, id, false, true, null);
        f.graph.enrolments().enrol(MENTEE2, id, false, true, null);
        return id;
    }

    @Test
    public void aMenteeSeesMentorsRankedWithTheScoreExplainedAppliesToTwoAndTheAcceptedOneWithdrawsTheOther() {
        f.profiles.save(MENTOR, MENTOR, new ProfileInput(true, false, List.of(new SkillLevelInput("Kotlin", 5)), List.of(),
                List.of("en"), null, 10, null, null, false, null));
        f.profiles.save(MENTEE, MENTEE, new ProfileInput(false, true, List.of(), List.of(new SkillLevelInput("Kotlin", 1)),
                List.of("en"), null, null, null, null, false, null));
        long p = program("MENTEE_CHOOSES", null);

        Page<ApplicationService.Candidate> ranked = applications.candidates(MENTEE, p, PageRequest.first(10));
        assertEquals("both mentors, never the mentee themselves", 2, ranked.total());
        ApplicationService.Candidate best = ranked.values().get(0);
        assertEquals("Mara teaches the skill and shares the language: first", MENTOR, best.userKey());
        assertEquals(14.0, best.fit().total(), 0.001);
        assertEquals(List.of("skills", "language", "availability"), best.fit().terms().stream().map(t -> t.name()).toList());
        assertTrue("Olga shares no language with an English-speaking mentee", ranked.values().get(1).refusal() != null);
        assertEquals("LANGUAGE", ranked.values().get(1).refusal());
        assertThrows("a pair without a shared language is refused at apply", RuleViolationException.class,
                () -> applications.apply(MENTEE, p, OUTSIDER, null));

        f.profiles.save(MENTEE, MENTEE, new ProfileInput(false, true, List.of(), List.of(new SkillLevelInput("Kotlin", 1)),
                List.of(), null, null, null, null, false, null));
        Application toMara = applications.apply(MENTEE, p, MENTOR, "I want to learn Kotlin");
        Application toOlga = applications.apply(MENTEE, p, OUTSIDER, null);
        assertEquals(ApplicationStatus.OPEN, toMara.status());
        assertEquals("the mentor is told", 1, notices(MENTOR, "APPLICATION_APPLIED"));
        assertEquals(MENTOR, applications.candidates(MENTEE, p, PageRequest.first(10)).values().stream()
                .filter(c -> c.application() != null && c.application().id() == toMara.id()).findFirst().orElseThrow().userKey());
        assertThrows("twice to the same mentor", RuleViolationException.class, () -> applications.apply(MENTEE, p, MENTOR, null));

        Page<Application> received = applications.list(MENTOR, p, ApplicationStore.Side.CHOOSER, Set.of(), PageRequest.first(10));
        assertEquals(1, received.total());
        assertEquals("the note is between the two of them", "I want to learn Kotlin", received.values().get(0).note());

        assertEquals("Olga's What's new has the application", 1, received(OUTSIDER));
        ApplicationService.Accepted accepted = applications.accept(MENTOR, p, toMara.id());
        assertEquals("accepted: Mara's \"applied\" notice left her What's new", 0, received(MENTOR));
        assertEquals("closed with it: so did Olga's", 0, received(OUTSIDER));
        Relationship r = accepted.relationship();
        assertEquals(RelationshipStatus.ACTIVE, r.status());
        assertEquals(Long.valueOf(p), r.programId());
        assertEquals(MENTOR, r.mentorKey());
        assertEquals(MENTEE, r.menteeKey());
        assertEquals(1, accepted.othersWithdrawn());
        Application other = applications.get(MENTEE, p, toOlga.id());
        assertEquals(ApplicationStatus.WITHDRAWN, other.status());
        assertEquals("MATCHED", other.reason());
        assertEquals("Olga is told the application closed", 1, notices(OUTSIDER, "APPLICATION_CLOSED_MATCHED"));
        assertTrue("the mentee hears of the acceptance as of any accepted proposal",
                f.told.stream().anyMatch(n -> n.recipientKey().equals(MENTEE) && n.key().endsWith("ACCEPT")));
        assertThrows("a matched mentee applies no more", RuleViolationException.class, () -> applications.apply(MENTEE, p, OUTSIDER, null));
        assertThrows("accepting again", ConflictException.class, () -> applications.accept(MENTOR, p, toMara.id()));
    }

    @Test
    public void onlyTheChooserDecidesOnlyTheApplicantWithdrawsAndNobodyElseSeesIt() {
        long p = program("MENTEE_CHOOSES", null);
        Application a = applications.apply(MENTEE, p, MENTOR, "between us");
        assertThrows(ForbiddenException.class, () -> applications.accept(MENTEE, p, a.id()));
        assertThrows(ForbiddenException.class, () -> applications.withdraw(MENTOR, p, a.id()));
        assertThrows("another mentee of the program", NotFoundException.class, () -> applications.get(MENTEE2, p, a.id()));
        assertThrows("the program's manager", NotFoundException.class, () -> applications.get(MANAGER, p, a.id()));
        assertEquals("the manager has no applications of their own", 0,
                applications.list(MANAGER, p, ApplicationStore.Side.EITHER, Set.of(), PageRequest.first(10)).total());
        assertEquals("the manager sees counts", Integer.valueOf(1), applications.counts(MANAGER, p).get(ApplicationStatus.OPEN));
        assertThrows("a manager does not apply", ForbiddenException.class, () -> applications.candidates(MANAGER, p, PageRequest.first(5)));
        assertThrows("nobody outside the program learns of it", NotFoundException.class,
                () -> applications.candidates("u-ivan", p, PageRequest.first(5)));
        Application declined = applications.decline(MENTOR, p, a.id());
        assertEquals(ApplicationStatus.DECLINED, declined.status());
        assertEquals(1, notices(MENTEE, "APPLICATION_DECLINED"));
        assertThrows("decided once", ConflictException.class, () -> applications.withdraw(MENTEE, p, a.id()));
        RuleViolationException again = assertThrows("a declined pair is not asked again", RuleViolationException.class,
                () -> applications.apply(MENTEE, p, MENTOR, null));
        assertEquals("mentoring.application.refusal.declined", again.problems().get(0).key());
        assertEquals("DECLINED", applications.candidates(MENTEE, p, PageRequest.first(10)).values().stream()
                .filter(c -> c.userKey().equals(MENTOR)).findFirst().orElseThrow().refusal());
        Application toOlga = applications.apply(MENTEE, p, OUTSIDER, null);
        assertEquals(ApplicationStatus.WITHDRAWN, applications.withdraw(MENTEE, p, toOlga.id()).status());
        assertEquals(1, notices(OUTSIDER, "APPLICATION_WITHDRAWN"));
    }

    @Test
    public void theProgramLimitsOpenApplicationsAndValidatesTheSetting() {
        long p = program("MENTEE_CHOOSES", null);
        assertEquals(ApplicationService.DEFAULT_MAX_APPLICATIONS, applications.maxApplications(MENTEE, p));
        ValidationException bad = assertThrows(ValidationException.class, () -> applications.setMaxApplications(MANAGER, p, 0));
        assertEquals("maxApplications", bad.problems().get(0).field());
        assertThrows("a mentee does not set it", ForbiddenException.class, () -> applications.setMaxApplications(MENTEE, p, 2));
        assertEquals(1, applications.setMaxApplications(MANAGER, p, 1));
        applications.apply(MENTEE, p, MENTOR, null);
        RuleViolationException limit = assertThrows(RuleViolationException.class, () -> applications.apply(MENTEE, p, OUTSIDER, null));
        assertEquals("mentoring.application.limit", limit.problems().get(0).key());
    }

    @Test
    public void aFullMentorShowsFullAndIsRefusedAtApplyAndAtAccept() {
        long p = program("MENTEE_CHOOSES", 1);
        Application first = applications.apply(MENTEE, p, MENTOR, null);
        Application second = applications.apply(MENTEE2, p, MENTOR, null);
        applications.accept(MENTOR, p, first.id());
        ApplicationService.Candidate mara = applications.candidates(MENTEE2, p, PageRequest.first(10)).values().stream()
                .filter(c -> c.userKey().equals(MENTOR)).findFirst().orElseThrow();
        assertEquals("FULL", mara.refusal());
        assertEquals(Integer.valueOf(0), mara.room());
        ConflictException full = assertThrows(ConflictException.class, () -> applications.accept(MENTOR, p, second.id()));
        assertEquals("mentoring.application.refusal.full", full.problems().get(0).key());
        assertThrows(RuleViolationException.class, () -> applications.apply(MENTEE2, p, MENTOR, null));
    }

    @Test
    public void whenMentorsChooseMentorsApplyAndTheMenteeAccepts() {
        long p = program("MENTOR_CHOOSES", null);
        assertThrows("mentees do not apply here", ForbiddenException.class, () -> applications.candidates(MENTEE, p, PageRequest.first(5)));
        Page<ApplicationService.Candidate> mentees = applications.candidates(MENTOR, p, PageRequest.first(10));
        assertEquals(Set.of(MENTEE, MENTEE2), Set.copyOf(mentees.values().stream().map(ApplicationService.Candidate::userKey).toList()));
        Application byMara = applications.apply(MENTOR, p, MENTEE, "Happy to help");
        Application byOlga = applications.apply(OUTSIDER, p, MENTEE, null);
        assertEquals(MENTEE, byMara.chooserKey());
        assertEquals(MENTOR, byMara.mentorKey());
        ApplicationService.Accepted accepted = applications.accept(MENTEE, p, byOlga.id());
        assertEquals(OUTSIDER, accepted.relationship().mentorKey());
        assertEquals(RelationshipStatus.ACTIVE, accepted.relationship().status());
        assertEquals(ApplicationStatus.WITHDRAWN, applications.get(MENTOR, p, byMara.id()).status());
    }

    @Test
    public void aProgramItsManagerMatchesTakesNoApplications() {
        long p = program(null, null);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> applications.apply(MENTEE, p, MENTOR, null));
        assertEquals("mentoring.application.mode", e.problems().get(0).key());
    }

    @Test
    public void twoMentorsAcceptingTheSameMenteeAtOnceOneWinsTheOtherGets409() throws Exception {
        long p = program("MENTEE_CHOOSES", null);
        Application toMara = applications.apply(MENTEE, p, MENTOR, null);
        Application toOlga = applications.apply(MENTEE, p, OUTSIDER, null);
        List<Object> outcomes = racing(() -> applications.accept(MENTOR, p, toMara.id()), () -> applications.accept(OUTSIDER, p, toOlga.id()));
        assertOneWins(outcomes);
        assertEquals("one relationship for the mentee", 1, f.store.find(RelationshipEntity.class, RelationshipEntity.MENTEE_KEY + " = ?", MENTEE).length);
        assertEquals(Integer.valueOf(1), applications.counts(ADMIN, p).get(ApplicationStatus.ACCEPTED));
        assertEquals(Integer.valueOf(1), applications.counts(ADMIN, p).get(ApplicationStatus.WITHDRAWN));
    }

    @Test
    public void twoMenteesAcceptedForAMentorsLastSlotAtOnceOneWinsTheOtherGets409() throws Exception {
        long p = program("MENTEE_CHOOSES", 1);
        Application first = applications.apply(MENTEE, p, MENTOR, null);
        Application second = applications.apply(MENTEE2, p, MENTOR, null);
        List<Object> outcomes = racing(() -> applications.accept(MENTOR, p, first.id()), () -> applications.accept(MENTOR, p, second.id()));
        assertOneWins(outcomes);
        assertEquals("one relationship for the mentor's one slot", 1,
                f.store.find(RelationshipEntity.class, RelationshipEntity.MENTOR_KEY + " = ?", MENTOR).length);
    }

    @Test
    public void erasingAnApplicantWithdrawsTheirApplications() {
        long p = program("MENTEE_CHOOSES", null);
        Application a = applications.apply(MENTEE, p, MENTOR, "PRIVATE-NOTE");
        assertEquals(Integer.valueOf(1), f.graph.erasure().affected(MENTEE).get("programApplications.sent"));
        f.graph.erasure().anonymise(ADMIN, MENTEE);
        ApplicationEntity row = f.store.find(ApplicationEntity.class, "ID = ?", a.id())[0];
        assertEquals(ApplicationStatus.WITHDRAWN.name(), row.getStatus());
        assertEquals("ERASED", row.getReason());
        assertNull("the applicant's note goes", row.getNote());
    }

    /** Both accept at once: each has read and checked everything when they meet, before either proposes. */
    private List<Object> racing(java.util.concurrent.Callable<Object> a, java.util.concurrent.Callable<Object> b) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == ApplicationClaimEntity.class && String.valueOf(values.get(ApplicationClaimEntity.CLAIM_KEY)).startsWith("decide:")
                    && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(a, b);
        f.store.beforeCreate((type, values) -> { });
        return outcomes;
    }

    private static void assertOneWins(List<Object> outcomes) {
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(ApplicationService.Accepted.class::isInstance).count());
        DomainException lost = (DomainException) outcomes.stream().filter(DomainException.class::isInstance).findFirst().orElseThrow();
        assertEquals(outcomes.toString(), 409, lost.httpStatus());
    }

    @Test
    public void aDecidedApplicationLeavesTheChoosersWhatsNewAndTheOthersStay() {
        long p = program("MENTOR_CHOOSES", null);
        Application fromMara = applications.apply(MENTOR, p, MENTEE, null);
        Application fromOlga = applications.apply(OUTSIDER, p, MENTEE, null);
        applications.apply(OUTSIDER, p, MENTEE2, null);
        assertEquals(2, received(MENTEE));
        assertEquals(1, received(MENTEE2));

        applications.decline(MENTEE, p, fromMara.id());
        assertEquals("declined: that one goes, Olga's stays", 1, received(MENTEE));
        applications.withdraw(OUTSIDER, p, fromOlga.id());
        assertEquals("withdrawn: gone too", 0, received(MENTEE));
        assertEquals("another chooser's notice is untouched", 1, received(MENTEE2));
        assertTrue("what happened is still said", whatsNew(MENTEE).stream().anyMatch(m -> m.contains("withdrew their application")));
    }

    /** How many "applied to be matched with you" notices are unread in someone's What's new. */
    private long received(String userKey) {
        return whatsNew(userKey).stream().filter(m -> m.contains("applied to be matched with you")).count();
    }

    private List<String> whatsNew(String userKey) {
        return f.graph.notificationInbox().of(userKey, java.util.Locale.ENGLISH, PageRequest.first(50)).page().values().stream()
                .map(org.mentoring.notification.NotificationInbox.Item::message).toList();
    }

    private long notices(String recipient, String what) {
        return f.sent.stream().filter((Notification n) -> n.recipientKey().equals(recipient)
                && n.key().equals("mentoring.program.notify." + what)).count();
    }
}
