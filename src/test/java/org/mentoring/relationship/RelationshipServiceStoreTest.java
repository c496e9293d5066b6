package org.mentoring.relationship;

import org.mentoring.testing.FormalProgram;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.INACTIVE;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.MentoringFixture;

/** The relationship service on a real database (HSQLDB, or PostgreSQL with -Ppostgres). */
public class RelationshipServiceStoreTest {
    private MentoringFixture f;
    private RelationshipService service;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        service = f.relationships;
    }

    private Relationship proposeByMentee(String mentee) {
        return service.propose(mentee, new Proposal(MENTOR, mentee, "INFORMAL", null, null));
    }

    private Relationship active(String mentee) {
        Relationship r = proposeByMentee(mentee);
        return service.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    private static Set<String> fields(DomainException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    private static Set<String> keys(DomainException e) {
        return e.problems().stream().map(Problem::key).collect(Collectors.toSet());
    }

    private long rows() {
        return service.listMine(MENTOR, RelationshipFilter.all(), PageRequest.first(100)).total()
                + service.listMine(MENTEE, RelationshipFilter.all(), PageRequest.first(100)).total();
    }

    @Test
    public void proposalRoundTripsNonAsciiAndLongText() {
        String note = "Ahoj Maro! Můžeš mě učit? 日本語 ✓ — " + "ž".repeat(3900);
        Relationship r = service.propose(MENTEE, new Proposal(MENTOR, MENTEE, "informal", null, note));

        Relationship read = service.get(MENTEE, r.id());
        assertEquals(RelationshipStatus.PROPOSED, read.status());
        assertEquals(RelationshipKind.INFORMAL, read.kind());
        assertEquals(MENTEE, read.proposerKey());
        assertEquals(MENTOR, read.inviteeKey());
        assertEquals(f.clock.instant(), read.proposedAt());
        assertEquals(1, read.version());
        HistoryEntry first = service.history(MENTOR, r.id(), PageRequest.first(10)).values().get(0);
        assertEquals(EventType.PROPOSE, first.type());
        assertEquals(note.strip(), first.note());
        assertEquals(Role.MENTEE.name(), first.actorRole());
    }

    @Test
    public void badProposalNamesEveryFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () ->
                service.propose(MENTEE, new Proposal("  ", "nobody", "SIDEWAYS", null, "x".repeat(4001))));
        assertEquals(Set.of("mentorKey", "menteeKey", "kind", "note"), fields(e));
        assertTrue(keys(e).contains("mentoring.error.user.unknown"));

        e = assertThrows(ValidationException.class, () ->
                service.propose(MENTOR, new Proposal(MENTOR, MENTOR, "INFORMAL", null, null)));
        assertEquals(Set.of("mentoring.relationship.same.person"), keys(e));

        e = assertThrows(ValidationException.class, () ->
                service.propose(MENTOR, new Proposal(MENTOR, INACTIVE, "FORMAL", null, null)));
        assertEquals(Set.of("menteeKey", "programId"), fields(e));

        e = assertThrows(ValidationException.class, () ->
                service.propose(MENTOR, new Proposal(MENTOR, MENTEE, "INFORMAL", 4L, null)));
        assertEquals(Set.of("programId"), fields(e));

        e = assertThrows(ValidationException.class, () ->
                service.propose(OUTSIDER, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null)));
        assertEquals(Set.of("mentoring.relationship.proposer.member"), keys(e));

        assertEquals(0, rows());
    }

    @Test
    public void fullLifecycleToAlumniIsRecordedInHistory() {
        Relationship r = service.propose(MENTOR, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "Shall we?"));
        r = service.move(MENTEE, r.id(), Move.ACCEPT, MoveRequest.none());
        assertEquals(RelationshipStatus.ACTIVE, r.status());
        r = service.move(MENTEE, r.id(), Move.PAUSE, new MoveRequest("Parental leave", null, r.version()));
        assertEquals(RelationshipStatus.PAUSED, r.status());
        r = service.move(MENTOR, r.id(), Move.RESUME, MoveRequest.none());
        r = service.move(MENTOR, r.id(), Move.COMPLETE, new MoveRequest("Proud of you", "PAIR", null));
        assertEquals(RelationshipStatus.COMPLETED, r.status());
        r = service.move(MENTOR, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        assertEquals("one opt-in is not enough", RelationshipStatus.COMPLETED, r.status());
        assertTrue(r.mentorKeepsInTouch());
        r = service.move(MENTEE, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        assertEquals(RelationshipStatus.ALUMNI, r.status());
        assertEquals(7, r.version());

        List<HistoryEntry> history = service.history(MENTEE, r.id(), PageRequest.first(50)).values();
        assertThat(history.stream().map(HistoryEntry::type).toList(), contains(EventType.PROPOSE, EventType.ACCEPT,
                EventType.PAUSE, EventType.RESUME, EventType.COMPLETE, EventType.KEEP_IN_TOUCH, EventType.KEEP_IN_TOUCH));
        HistoryEntry pause = history.get(2);
        assertEquals(MENTEE, pause.actorKey());
        assertEquals(RelationshipStatus.ACTIVE, pause.from());
        assertEquals(RelationshipStatus.PAUSED, pause.to());
        assertEquals("Parental leave", pause.note());
        assertEquals(RelationshipStatus.ALUMNI, history.get(6).to());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), history.stream().map(HistoryEntry::seq).toList());
    }

    @Test
    public void historyIsPaged() {
        Relationship r = active(MENTEE);
        for (int i = 0; i < 3; i++) {
            r = service.move(MENTOR, r.id(), Move.PAUSE, MoveRequest.none());
            r = service.move(MENTOR, r.id(), Move.RESUME, MoveRequest.none());
        }
        Page<HistoryEntry> page = service.history(MENTOR, r.id(), new PageRequest(5, 2));
        assertEquals(8, page.total());
        assertEquals(List.of(6, 7), page.values().stream().map(HistoryEntry::seq).toList());
        assertFalse(page.isLast());
        assertTrue(service.history(MENTOR, r.id(), new PageRequest(6, 2)).isLast());
    }

    @Test
    public void declineWithdrawAndEndFinishAProposalOrRelationship() {
        Relationship declined = proposeByMentee(MENTEE);
        declined = service.move(MENTOR, declined.id(), Move.DECLINE, new MoveRequest("Too busy this quarter", null, null));
        assertEquals(RelationshipStatus.DECLINED, declined.status());
        assertEquals("Too busy this quarter", service.history(MENTEE, declined.id(), PageRequest.first(5)).values().get(1).note());

        Relationship withdrawn = proposeByMentee(MENTEE);
        withdrawn = service.move(MENTEE, withdrawn.id(), Move.WITHDRAW, MoveRequest.none());
        assertEquals(RelationshipStatus.WITHDRAWN, withdrawn.status());

        Relationship ended = active(MENTEE);
        ended = service.move(MENTEE, ended.id(), Move.END, new MoveRequest("Personal reasons", null, null));
        assertEquals(RelationshipStatus.ENDED, ended.status());
    }

    @Test
    public void anEarlyEndsReasonIsVisibleToItsAuthorOnly() {
        Relationship r = active(MENTEE);
        service.move(MENTEE, r.id(), Move.END, new MoveRequest("Personal reasons", null, null));

        HistoryEntry forAuthor = service.history(MENTEE, r.id(), PageRequest.first(5)).values().get(2);
        assertEquals("Personal reasons", forAuthor.note());
        assertEquals(Visibility.PRIVATE, forAuthor.noteVisibility());
        HistoryEntry forMentor = service.history(MENTOR, r.id(), PageRequest.first(5)).values().get(2);
        assertEquals(EventType.END, forMentor.type());
        assertNull("the other member must not read the reason", forMentor.note());
        assertNull(forMentor.noteVisibility());

        ValidationException e = assertThrows(ValidationException.class, () ->
                service.move(MENTOR, active(MENTEE2).id(), Move.END, new MoveRequest("x", "PAIR", null)));
        assertEquals(Set.of("noteVisibility"), fields(e));
    }

    @Test
    public void illegalMovesAreRefusedWithAReasonAndChangeNothing() {
        Relationship r = proposeByMentee(MENTEE);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.move(MENTEE, r.id(), Move.ACCEPT, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.move.inviteeonly"), keys(e));
        e = assertThrows(RuleViolationException.class, () -> service.move(MENTOR, r.id(), Move.WITHDRAW, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.move.proposeronly"), keys(e));
        e = assertThrows(RuleViolationException.class, () -> service.move(MENTOR, r.id(), Move.PAUSE, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.move.notallowed"), keys(e));
        assertTrue(e.getMessage(), e.getMessage().contains("can't pause a mentorship that is PROPOSED"));
        e = assertThrows(RuleViolationException.class, () -> service.move(MENTOR, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.move.notallowed"), keys(e));
        e = assertThrows(RuleViolationException.class, () -> service.move(MENTOR, r.id(), Move.EXPIRE, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.move.systemonly"), keys(e));

        Relationship after = service.get(MENTEE, r.id());
        assertEquals(RelationshipStatus.PROPOSED, after.status());
        assertEquals(1, after.version());
        assertEquals(1, service.history(MENTEE, r.id(), PageRequest.first(5)).total());
    }

    @Test
    public void finishedRelationshipsCannotMoveAgain() {
        Relationship r = active(MENTEE);
        service.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        for (Move m : List.of(Move.ACCEPT, Move.PAUSE, Move.RESUME, Move.COMPLETE, Move.END, Move.DECLINE, Move.WITHDRAW)) {
            assertThrows(m.name(), RuleViolationException.class, () -> service.move(MENTEE, r.id(), m, MoveRequest.none()));
        }
        assertEquals(RelationshipStatus.COMPLETED, service.get(MENTOR, r.id()).status());
    }

    @Test
    public void outsidersCannotTellARelationshipExistsAndAdminsOnlySeeItsStatus() {
        Relationship r = active(MENTEE);
        service.move(MENTOR, r.id(), Move.PAUSE, new MoveRequest("confidential pause note", null, null));

        assertThrows(NotFoundException.class, () -> service.get(OUTSIDER, r.id()));
        assertThrows(NotFoundException.class, () -> service.get(OUTSIDER, 999_999));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> service.get(OUTSIDER, 999_999));
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.get(OUTSIDER, r.id()));
        assertEquals("absent and hidden look the same", missing.getMessage(), hidden.getMessage());
        assertThrows(NotFoundException.class, () -> service.move(OUTSIDER, r.id(), Move.RESUME, MoveRequest.none()));
        assertThrows(NotFoundException.class, () -> service.history(OUTSIDER, r.id(), PageRequest.first(5)));

        assertEquals(RelationshipStatus.PAUSED, service.get(ADMIN, r.id()).status());
        assertThrows("admins never read the pair's history", NotFoundException.class,
                () -> service.history(ADMIN, r.id(), PageRequest.first(5)));
        assertThrows(ForbiddenException.class, () -> service.move(ADMIN, r.id(), Move.RESUME, MoveRequest.none()));
        assertEquals(RelationshipStatus.PAUSED, service.get(MENTOR, r.id()).status());
    }

    @Test
    public void programManagersSeeTheirProgramsRelationshipsButNotPairContent() {
        long program = FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        long otherProgram = FormalProgram.open(f.graph, null, MENTOR, MENTEE2);
        Relationship formal = service.propose(MENTOR, new Proposal(MENTOR, MENTEE, "FORMAL", program, "pair-only hello"));
        Relationship other = service.propose(MENTOR, new Proposal(MENTOR, MENTEE2, "FORMAL", otherProgram, null));

        assertEquals(RelationshipKind.FORMAL, service.get(MANAGER, formal.id()).kind());
        assertEquals(Role.PROGRAM_MANAGER, service.roleOf(MANAGER, formal));
        assertThrows(NotFoundException.class, () -> service.history(MANAGER, formal.id(), PageRequest.first(5)));
        assertThrows(NotFoundException.class, () -> service.get(MANAGER, other.id()));
    }

    @Test
    public void onlyOneLiveRelationshipPerPairInEitherDirection() {
        Relationship first = proposeByMentee(MENTEE);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> proposeByMentee(MENTEE));
        assertEquals(Set.of("mentoring.relationship.pair.live"), keys(e));
        assertThrows("reversed roles are the same pair", RuleViolationException.class,
                () -> service.propose(MENTEE, new Proposal(MENTEE, MENTOR, "INFORMAL", null, null)));
        assertEquals(1, service.listMine(MENTOR, RelationshipFilter.all(), PageRequest.first(10)).total());

        service.move(MENTOR, first.id(), Move.ACCEPT, MoveRequest.none());
        assertThrows(RuleViolationException.class, () -> proposeByMentee(MENTEE));
        service.move(MENTOR, first.id(), Move.COMPLETE, MoveRequest.none());
        Relationship again = proposeByMentee(MENTEE);
        assertEquals("a finished relationship frees the pair", RelationshipStatus.PROPOSED, again.status());
    }

    @Test
    public void capacityIsCheckedWhenARelationshipBecomesActive() {
        f.capacity.set(MENTOR, MENTOR, 1);
        Relationship a = active(MENTEE);
        Relationship b = proposeByMentee(MENTEE2);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.move(MENTOR, b.id(), Move.ACCEPT, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.capacity.full"), keys(e));
        assertTrue(e.getMessage(), e.getMessage().contains("already has 1 active mentees"));
        assertEquals(RelationshipStatus.PROPOSED, service.get(MENTOR, b.id()).status());

        service.move(MENTOR, a.id(), Move.PAUSE, MoveRequest.none());
        service.move(MENTOR, b.id(), Move.ACCEPT, MoveRequest.none());
        assertThrows("resuming makes it active again", RuleViolationException.class,
                () -> service.move(MENTOR, a.id(), Move.RESUME, MoveRequest.none()));

        f.capacity.set(ADMIN, MENTOR, 2);
        assertEquals(RelationshipStatus.ACTIVE, service.move(MENTOR, a.id(), Move.RESUME, MoveRequest.none()).status());
    }

    @Test
    public void defaultCapacityIsThree() {
        assertEquals(3, f.capacity.of(MENTOR));
        String[] mentees = {MENTEE, MENTEE2, MANAGER, OUTSIDER};
        for (int i = 0; i < 3; i++) {
            active(mentees[i]);
        }
        Relationship fourth = proposeByMentee(mentees[3]);
        assertThrows(RuleViolationException.class, () -> service.move(MENTOR, fourth.id(), Move.ACCEPT, MoveRequest.none()));
    }

    @Test
    public void onlyTheMentorOrAnAdminSetsTheMentorsCapacity() {
        assertThrows(ForbiddenException.class, () -> f.capacity.set(MENTEE, MENTOR, 10));
        ValidationException e = assertThrows(ValidationException.class, () -> f.capacity.set(MENTOR, MENTOR, 51));
        assertEquals(Set.of("capacity"), fields(e));
        assertEquals(3, f.capacity.of(MENTOR));
        f.capacity.set(MENTOR, MENTOR, 5);
        f.capacity.set(MENTOR, MENTOR, 6);
        assertEquals(6, f.capacity.of(MENTOR));
    }

    @Test
    public void unansweredProposalsExpireAfterTheConfiguredDays() {
        Relationship old = proposeByMentee(MENTEE);
        f.clock.advance(Duration.ofDays(10));
        Relationship recent = proposeByMentee(MENTEE2);
        f.clock.advance(Duration.ofDays(4));

        assertEquals(1, service.expireOverdue(100));
        assertEquals(RelationshipStatus.EXPIRED, service.get(MENTEE, old.id()).status());
        assertEquals(RelationshipStatus.PROPOSED, service.get(MENTEE2, recent.id()).status());
        HistoryEntry expiry = service.history(MENTEE, old.id(), PageRequest.first(5)).values().get(1);
        assertEquals(EventType.EXPIRE, expiry.type());
        assertNull(expiry.actorKey());
        assertEquals("SYSTEM", expiry.actorRole());
        assertEquals("running again changes nothing", 0, service.expireOverdue(100));
        assertEquals("the pair is free again", RelationshipStatus.PROPOSED, proposeByMentee(MENTEE).status());

        assertEquals(recent.proposedAt().plus(Duration.ofDays(14)), recent.expiresAt());
        f.relationshipSettings.setProposalExpiryDays(3);
        assertEquals("a proposal keeps the deadline it was made with", 0, service.expireOverdue(100));
        Relationship later = service.propose(MENTEE2, new Proposal(MANAGER, MENTEE2, "INFORMAL", null, null));
        assertEquals(later.proposedAt().plus(Duration.ofDays(3)), later.expiresAt());
        f.clock.advance(Duration.ofDays(3));
        assertEquals(1, service.expireOverdue(100));
        assertEquals(RelationshipStatus.EXPIRED, service.get(MENTEE2, later.id()).status());
        assertEquals(RelationshipStatus.PROPOSED, service.get(MENTEE2, recent.id()).status());
    }

    @Test
    public void anOverdueProposalCannotBeAcceptedBeforeTheJobRuns() {
        Relationship r = proposeByMentee(MENTEE);
        f.clock.advance(Duration.ofDays(14));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none()));
        assertEquals(Set.of("mentoring.relationship.proposal.expired"), keys(e));
        assertThat(service.availableMoves(MENTOR, service.get(MENTOR, r.id())), contains(Move.DECLINE));
    }

    @Test
    public void expiryDaysAreValidated() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.relationshipSettings.setProposalExpiryDays(0));
        assertEquals(Set.of("proposalExpiryDays"), fields(e));
        assertEquals(14, f.relationshipSettings.proposalExpiryDays());
    }

    @Test
    public void aStaleVersionIsRefusedNotLost() {
        Relationship r = active(MENTEE);
        int seen = r.version();
        service.move(MENTOR, r.id(), Move.PAUSE, new MoveRequest(null, null, seen));
        ConflictException e = assertThrows(ConflictException.class,
                () -> service.move(MENTEE, r.id(), Move.COMPLETE, new MoveRequest("done", null, seen)));
        assertEquals(Set.of("mentoring.error.stale"), keys(e));
        assertEquals(RelationshipStatus.PAUSED, service.get(MENTEE, r.id()).status());
    }

    @Test
    public void listMineFiltersByStatusAndRoleAndPages() {
        active(MENTEE);
        proposeByMentee(MENTEE2);
        Relationship asMentee = service.propose(MENTEE, new Proposal(MANAGER, MENTEE, "INFORMAL", null, null));

        assertEquals(3, service.listMine(MENTEE, RelationshipFilter.all(), PageRequest.first(10)).total() + 1);
        assertEquals(2, service.listMine(MENTOR, RelationshipFilter.all(), PageRequest.first(10)).total());
        Page<Relationship> activeOnly = service.listMine(MENTOR,
                new RelationshipFilter(Set.of(RelationshipStatus.ACTIVE), null), PageRequest.first(10));
        assertEquals(List.of(MENTEE), activeOnly.values().stream().map(Relationship::menteeKey).toList());
        assertThat(service.listMine(MENTEE, new RelationshipFilter(Set.of(), Role.MENTEE), PageRequest.first(10))
                .values().stream().map(Relationship::id).toList(), containsInAnyOrder(asMentee.id(),
                service.listMine(MENTEE, RelationshipFilter.all(), PageRequest.first(10)).values().stream()
                        .filter(x -> x.mentorKey().equals(MENTOR)).findFirst().orElseThrow().id()));
        assertThat(service.listMine(MENTEE, new RelationshipFilter(Set.of(), Role.MENTOR), PageRequest.first(10)).values(), empty());
        assertThat(service.listMine(OUTSIDER, RelationshipFilter.all(), PageRequest.first(10)).values(), empty());

        Page<Relationship> second = service.listMine(MENTOR, RelationshipFilter.all(), new PageRequest(1, 1));
        assertEquals(2, second.total());
        assertEquals(1, second.values().size());
        assertTrue(second.isLast());
    }

    @Test
    public void pagingInputIsValidated() {
        assertEquals(Set.of("maxResults"), fields(assertThrows(ValidationException.class, () -> PageRequest.of(0, 101))));
        assertEquals(Set.of("startAt"), fields(assertThrows(ValidationException.class, () -> PageRequest.of(-1, 10))));
    }

    @Test
    public void eachMemberMayAddOneClosingReflection() {
        Relationship r = active(MENTEE);
        assertThrows(RuleViolationException.class, () -> service.reflect(MENTEE, r.id(), "too early", null, null));
        service.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        service.reflect(MENTEE, r.id(), "I learned to say no.", "PRIVATE", null);
        service.reflect(MENTOR, r.id(), "I learned patience.", null, null);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.reflect(MENTEE, r.id(), "again", null, null));
        assertEquals(Set.of("mentoring.relationship.reflect.already"), keys(e));

        List<HistoryEntry> forMentor = service.history(MENTOR, r.id(), PageRequest.first(10)).values();
        assertEquals(List.of(EventType.REFLECT, EventType.REFLECT),
                forMentor.subList(3, 5).stream().map(HistoryEntry::type).toList());
        assertNull("the mentee's private reflection", forMentor.get(3).note());
        assertEquals("I learned patience.", forMentor.get(4).note());
        assertEquals("I learned to say no.", service.history(MENTEE, r.id(), PageRequest.first(10)).values().get(3).note());
    }
}
