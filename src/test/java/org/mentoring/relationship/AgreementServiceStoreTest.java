package org.mentoring.relationship;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.MentoringFixture;

public class AgreementServiceStoreTest {
    private MentoringFixture f;
    private AgreementService agreements;
    private Relationship r;

    private static final AgreementInput GOOD = new AgreementInput(
            "Grow into a tech lead: run one design review a month.", "EVERY_TWO_WEEKS", null, "Video call",
            "What we say stays between us.", "2026-11-02", "2027-05-01");

    @Before
    public void setUp() {
        f = new MentoringFixture();
        agreements = f.agreements;
        long program = FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "FORMAL", program, null));
        r = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    private int version() {
        return f.relationships.get(MENTOR, r.id()).version();
    }

    private static Set<String> fields(ValidationException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    @Test
    public void bothMembersAcceptAndAnEditAsksTheOtherAgain() {
        assertTrue(agreements.get(MENTOR, r.id()).isEmpty());

        Agreement written = agreements.update(MENTOR, r.id(), GOOD, version());
        assertEquals(1, written.revision());
        assertEquals(Cadence.EVERY_TWO_WEEKS, written.cadence());
        assertEquals(LocalDate.of(2027, 5, 1), written.plannedEndDate());
        assertTrue("writing it is accepting it", written.mentorAccepted());
        assertFalse(written.menteeAccepted());

        Agreement accepted = agreements.accept(MENTEE, r.id(), version());
        assertTrue(accepted.acceptedByBoth());

        Agreement edited = agreements.update(MENTEE, r.id(), new AgreementInput(GOOD.objectives(), "every_n_days", 10,
                "Café", GOOD.confidentiality(), GOOD.startDate(), GOOD.plannedEndDate()), version());
        assertEquals(2, edited.revision());
        assertEquals(Integer.valueOf(10), edited.cadenceDays());
        assertTrue(edited.menteeAccepted());
        assertFalse("the mentor must accept the change", edited.mentorAccepted());
        assertTrue(agreements.accept(MENTOR, r.id(), null).acceptedByBoth());

        RuleViolationException twice = assertThrows(RuleViolationException.class, () -> agreements.accept(MENTOR, r.id(), null));
        assertEquals("mentoring.agreement.accepted.already", twice.problems().get(0).key());

        List<EventType> types = f.relationships.history(MENTEE, r.id(), PageRequest.first(20)).values().stream()
                .map(HistoryEntry::type).toList();
        assertEquals(List.of(EventType.PROPOSE, EventType.ACCEPT, EventType.AGREEMENT_UPDATE, EventType.AGREEMENT_ACCEPT,
                EventType.AGREEMENT_UPDATE, EventType.AGREEMENT_ACCEPT), types);
    }

    @Test
    public void badAgreementNamesEachFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> agreements.update(MENTOR, r.id(),
                new AgreementInput(" ", "FORTNIGHTLY", null, "x".repeat(101), "y".repeat(10_001), "2026-13-01", "soon"), null));
        assertEquals(Set.of("objectives", "cadence", "channel", "confidentiality", "startDate", "plannedEndDate"), fields(e));

        e = assertThrows(ValidationException.class, () -> agreements.update(MENTOR, r.id(),
                new AgreementInput("ok", "EVERY_N_DAYS", null, null, null, "2026-12-01", "2026-11-01"), null));
        assertEquals(Set.of("cadenceDays", "plannedEndDate"), fields(e));

        e = assertThrows(ValidationException.class, () -> agreements.update(MENTOR, r.id(),
                new AgreementInput("ok", "WEEKLY", 3, null, null, null, null), null));
        assertEquals(Set.of("cadenceDays"), fields(e));

        e = assertThrows(ValidationException.class, () -> agreements.update(MENTOR, r.id(),
                new AgreementInput("ok", "EVERY_N_DAYS", 366, null, null, null, null), null));
        assertEquals(Set.of("cadenceDays"), fields(e));

        assertTrue(agreements.get(MENTOR, r.id()).isEmpty());
        assertEquals(2, version());
    }

    @Test
    public void hostileAndUnicodeTextIsStoredIntact() {
        String objectives = "<script>alert('x')</script> — Ünïcödé ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " + "é".repeat(9000);
        agreements.update(MENTOR, r.id(), new AgreementInput(objectives, "MONTHLY", null, "\"quoted\" & <b>", null, null, null), null);
        Agreement read = agreements.get(MENTEE, r.id()).orElseThrow();
        assertEquals(objectives.strip(), read.objectives());
        assertEquals("\"quoted\" & <b>", read.channel());
    }

    @Test
    public void aStaleEditIsRefusedAndTheNewerTextKept() {
        int seen = version();
        agreements.update(MENTOR, r.id(), GOOD, seen);
        ConflictException e = assertThrows(ConflictException.class, () -> agreements.update(MENTEE, r.id(),
                new AgreementInput("Mine instead", "WEEKLY", null, null, null, null, null), seen));
        assertEquals("mentoring.error.stale", e.problems().get(0).key());
        assertEquals(GOOD.objectives(), agreements.get(MENTEE, r.id()).orElseThrow().objectives());
    }

    @Test
    public void theAgreementIsPairContent() {
        agreements.update(MENTOR, r.id(), GOOD, null);
        assertThrows(NotFoundException.class, () -> agreements.get(OUTSIDER, r.id()));
        assertThrows("admins never read it", NotFoundException.class, () -> agreements.get(ADMIN, r.id()));
        assertThrows("program managers never read it", NotFoundException.class, () -> agreements.get(MANAGER, r.id()));
        assertThrows(NotFoundException.class, () -> agreements.update(OUTSIDER, r.id(), GOOD, null));
        assertThrows(ForbiddenException.class, () -> agreements.update(ADMIN, r.id(), GOOD, null));
        assertThrows(ForbiddenException.class, () -> agreements.accept(MANAGER, r.id(), null));
    }

    @Test
    public void acceptingNeedsAnAgreementAndALiveRelationship() {
        RuleViolationException none = assertThrows(RuleViolationException.class, () -> agreements.accept(MENTEE, r.id(), null));
        assertEquals("mentoring.agreement.none", none.problems().get(0).key());

        agreements.update(MENTOR, r.id(), GOOD, null);
        f.relationships.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        RuleViolationException done = assertThrows(RuleViolationException.class, () -> agreements.accept(MENTEE, r.id(), null));
        assertEquals("mentoring.agreement.notlive", done.problems().get(0).key());
        assertThrows(RuleViolationException.class, () -> agreements.update(MENTEE, r.id(), GOOD, null));
        assertEquals(GOOD.objectives(), agreements.get(MENTEE, r.id()).orElseThrow().objectives());
    }
}
