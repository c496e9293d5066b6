package org.mentoring.network;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertFalse;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.INACTIVE;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.access.Role;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.host.Notifications.Notification;
import org.mentoring.notification.NotificationText;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.FormalProgram;
import org.mentoring.testing.MentoringFixture;

/**
 * Introductions on a real database (HSQLDB, or PostgreSQL with -Ppostgres): double opt-in, who sees what at each
 * step, the rules, validation that writes nothing, notifications that never carry the purpose or the note, the
 * network lists, and cancelling what runs through a person who leaves.
 */
public class IntroductionServiceStoreTest {
    private static final String PURPOSE = "PURPOSE-secret-3f1a: I want to move into platform engineering";
    private static final String NOTE = "NOTE-for-olga-91bc: Tomáš is great, would you have coffee with him?";

    private MentoringFixture f;
    private IntroductionService intros;
    private Relationship r;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        intros = f.graph.introductions();
        long program = FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "FORMAL", program, null));
        r = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    private Introduction askOfMentor() {
        return intros.ask(MENTEE, r.id(), new IntroductionInput(null, "Kubernetes in production", PURPOSE));
    }

    private Introduction introduceOlga(Introduction asked) {
        return intros.move(MENTOR, asked.id(), IntroductionMove.INTRODUCE, OUTSIDER, NOTE, asked.version());
    }

    private int rows() {
        return f.store.count(IntroductionEntity.class, net.java.ao.Query.select());
    }

    @Test
    public void askIntroduceAcceptWithDoubleOptIn() {
        Introduction asked = askOfMentor();
        assertEquals(IntroductionStatus.ASKED, asked.status());
        assertEquals(List.of(IntroductionMove.WITHDRAW), asked.moves());
        assertEquals(List.of(IntroductionMove.INTRODUCE, IntroductionMove.DECLINE), intros.get(MENTOR, asked.id()).moves());
        assertThrows("nobody is introduced yet", NotFoundException.class, () -> intros.get(OUTSIDER, asked.id()));

        Introduction made = introduceOlga(asked);
        assertEquals(IntroductionStatus.INTRODUCED, made.status());
        assertEquals("the introducer knows whom they introduced", OUTSIDER, made.introducedKey());

        Introduction askerView = intros.get(MENTEE, asked.id());
        assertNull("the asker learns who only when they accept", askerView.introducedKey());
        assertEquals(PURPOSE, askerView.purpose());
        assertNull("nor the note addressed to them (it names them)", askerView.note());

        Introduction olgaView = intros.get(OUTSIDER, asked.id());
        assertEquals(Role.INTRODUCED, olgaView.role());
        assertEquals("who introduces them", MENTOR, olgaView.askedKey());
        assertEquals("the note addressed to them", NOTE, olgaView.note());
        assertNull("not who asked, before accepting", olgaView.askerKey());
        assertNull("nor why", olgaView.purpose());
        assertNull(olgaView.wantedText());
        assertEquals(List.of(IntroductionMove.ACCEPT, IntroductionMove.DECLINE), olgaView.moves());
        assertTrue("the asker is not named in the history she sees",
                olgaView.history().stream().noneMatch(e -> MENTEE.equals(e.actorKey())));
        assertEquals(1, intros.waitingFor(OUTSIDER, PageRequest.first(10)).total());

        Introduction accepted = intros.move(OUTSIDER, asked.id(), IntroductionMove.ACCEPT, null, null, olgaView.version());
        assertEquals(IntroductionStatus.ACCEPTED, accepted.status());
        assertEquals(MENTEE, accepted.askerKey());
        assertEquals(PURPOSE, accepted.purpose());
        assertEquals(OUTSIDER, intros.get(MENTEE, asked.id()).introducedKey());
        assertEquals(NOTE, intros.get(MENTEE, asked.id()).note());
        assertEquals(List.of("ASK", "INTRODUCE", "ACCEPT"), intros.get(MENTEE, asked.id()).history().stream().map(Introduction.Event::type).toList());

        assertEquals(0, intros.waitingFor(OUTSIDER, PageRequest.first(10)).total());
        assertEquals(List.of(asked.id()), intros.networkOf(MENTEE, PageRequest.first(10)).values().stream().map(Introduction::id).toList());
        assertEquals(List.of(asked.id()), intros.networkOf(OUTSIDER, PageRequest.first(10)).values().stream().map(Introduction::id).toList());
        assertEquals(List.of(asked.id()), intros.madeBy(MENTOR, PageRequest.first(10)).values().stream().map(Introduction::id).toList());
        assertEquals(0, intros.networkOf(MENTOR, PageRequest.first(10)).total());
    }

    @Test
    public void programManagersAdministratorsAndOthersSeeNothing() {
        Introduction asked = introduceOlga(askOfMentor());
        for (String nobody : List.of(MANAGER, ADMIN, MENTEE2)) {
            assertThrows(nobody, NotFoundException.class, () -> intros.get(nobody, asked.id()));
            assertThrows(nobody, NotFoundException.class, () -> intros.ofRelationship(nobody, r.id(), PageRequest.first(10)));
            assertThrows(nobody, NotFoundException.class, () -> intros.ask(nobody, r.id(), new IntroductionInput(null, "x", "y")));
            assertThrows(nobody, NotFoundException.class, () -> intros.move(nobody, asked.id(), IntroductionMove.ACCEPT, null, null, null));
            assertEquals(0, intros.networkOf(nobody, PageRequest.first(10)).total());
            assertEquals(0, intros.waitingFor(nobody, PageRequest.first(10)).total());
        }
        assertThrows("the introduced person cannot read the relationship's list", NotFoundException.class,
                () -> intros.ofRelationship(OUTSIDER, r.id(), PageRequest.first(10)));
        assertThrows("nor the relationship", NotFoundException.class, () -> f.relationships.view(OUTSIDER, r.id()));
    }

    @Test
    public void eachPartMakesOnlyItsOwnMoves() {
        Introduction asked = askOfMentor();
        assertThrows("the asker does not introduce", ForbiddenException.class,
                () -> intros.move(MENTEE, asked.id(), IntroductionMove.INTRODUCE, OUTSIDER, NOTE, null));
        assertThrows("the asker does not decline their own request", ForbiddenException.class,
                () -> intros.move(MENTEE, asked.id(), IntroductionMove.DECLINE, null, null, null));
        assertThrows("the asked member does not withdraw", ForbiddenException.class,
                () -> intros.move(MENTOR, asked.id(), IntroductionMove.WITHDRAW, null, null, null));
        assertThrows("members do not accept for the introduced person", ForbiddenException.class,
                () -> intros.move(MENTOR, asked.id(), IntroductionMove.ACCEPT, null, null, null));
        Introduction made = introduceOlga(asked);
        assertThrows("introduced already", RuleViolationException.class,
                () -> intros.move(MENTOR, asked.id(), IntroductionMove.INTRODUCE, MENTEE2, NOTE, null));
        assertThrows("the introduced person does not withdraw", ForbiddenException.class,
                () -> intros.move(OUTSIDER, asked.id(), IntroductionMove.WITHDRAW, null, null, null));
        assertThrows("a stale version", ConflictException.class,
                () -> intros.move(OUTSIDER, asked.id(), IntroductionMove.ACCEPT, null, null, made.version() - 1));
        intros.move(OUTSIDER, asked.id(), IntroductionMove.ACCEPT, null, null, made.version());
        assertThrows("answered already", RuleViolationException.class,
                () -> intros.move(OUTSIDER, asked.id(), IntroductionMove.DECLINE, null, null, null));
        assertThrows("nothing open to withdraw", RuleViolationException.class,
                () -> intros.move(MENTEE, asked.id(), IntroductionMove.WITHDRAW, null, null, null));
    }

    @Test
    public void aDeclinedIntroductionNeverTellsTheAskerWho() {
        Introduction made = introduceOlga(askOfMentor());
        intros.move(OUTSIDER, made.id(), IntroductionMove.DECLINE, null, null, null);
        Introduction askerView = intros.get(MENTEE, made.id());
        assertEquals(IntroductionStatus.REFUSED, askerView.status());
        assertNull(askerView.introducedKey());
        assertTrue(askerView.history().stream().noneMatch(e -> OUTSIDER.equals(e.actorKey())));
        Notification toAsker = f.sent.stream().filter(n -> n.recipientKey().equals(MENTEE) && n.key().endsWith("REFUSE")).findFirst().orElseThrow();
        assertNull("the asker's notice names nobody", toAsker.actorKey());
        assertEquals(0, intros.networkOf(MENTEE, PageRequest.first(10)).total());
        Introduction olgaView = intros.get(OUTSIDER, made.id());
        assertNull("declining reveals nothing to her either", olgaView.purpose());
    }

    @Test
    public void badInputIsRefusedByFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> intros.ask(MENTEE, r.id(), new IntroductionInput(null, "  ", "")));
        assertEquals(Set.of("wantedText", "purpose"), fields(e));
        e = assertThrows(ValidationException.class, () -> intros.ask(MENTEE, r.id(), new IntroductionInput("u-nobody", null, "x".repeat(2001))));
        assertEquals(Set.of("wantedKey", "purpose"), fields(e));
        e = assertThrows(ValidationException.class, () -> intros.ask(MENTEE, r.id(), new IntroductionInput(INACTIVE, null, "why")));
        assertEquals(Set.of("wantedKey"), fields(e));
        e = assertThrows(ValidationException.class, () -> intros.ask(MENTEE, r.id(), new IntroductionInput(MENTOR, null, "why")));
        assertEquals("not one of the pair", Set.of("wantedKey"), fields(e));
        assertEquals(0, rows());

        Introduction asked = askOfMentor();
        e = assertThrows(ValidationException.class, () -> intros.move(MENTOR, asked.id(), IntroductionMove.INTRODUCE, null, " ", null));
        assertEquals(Set.of("introducedKey", "note"), fields(e));
        e = assertThrows(ValidationException.class, () -> intros.move(MENTOR, asked.id(), IntroductionMove.INTRODUCE, MENTEE, NOTE, null));
        assertEquals(Set.of("introducedKey"), fields(e));
        assertEquals("nothing changed", IntroductionStatus.ASKED, intros.get(MENTOR, asked.id()).status());
        assertEquals(1, intros.get(MENTOR, asked.id()).version());
    }

    @Test
    public void askedOnlyWhileThePairWorksTogetherOrKeepsInTouch() {
        Relationship proposed = f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        assertThrows(RuleViolationException.class, () -> intros.ask(MENTEE2, proposed.id(), new IntroductionInput(null, "x", "y")));
        f.relationships.move(MENTEE, r.id(), Move.PAUSE, MoveRequest.none());
        assertEquals(IntroductionStatus.ASKED, askOfMentor().status());
    }

    @Test
    public void notificationsSayWhatHappenedAndWhoButNeverThePurposeOrTheNote() {
        Introduction made = introduceOlga(askOfMentor());
        intros.move(OUTSIDER, made.id(), IntroductionMove.ACCEPT, null, null, null);
        List<Notification> intro = f.sent.stream().filter(n -> n.key().startsWith("mentoring.introduction.")).toList();
        assertEquals(List.of(MENTOR + " ASK", MENTEE + " INTRODUCE", OUTSIDER + " INTRODUCED", MENTEE + " ACCEPT", MENTOR + " ACCEPT_MADE"),
                intro.stream().map(n -> n.recipientKey() + " " + n.key().substring(IntroductionService.NOTICE.length())).toList());
        NotificationText text = new NotificationText(f.users);
        for (Notification n : intro) {
            String sentence = text.sentence(Locale.ENGLISH, n.key(), n.actorKey(), n.actorRole() == null ? null : n.actorRole().name(),
                    n.args().stream().map(String::valueOf).toList());
            assertFalse(sentence, sentence.contains("PURPOSE-secret") || sentence.contains("NOTE-for-olga") || sentence.contains("{"));
            assertFalse(n.link(), n.link().contains("PURPOSE") || n.args().toString().contains("NOTE"));
        }
        Notification toOlga = intro.get(2);
        assertEquals("Mara Mentor would like to introduce you to someone.", text.sentence(Locale.ENGLISH, toOlga.key(), toOlga.actorKey(), null, List.of()));
        assertTrue("she goes to her network page, not the relationship's", toOlga.link().startsWith("/plugins/servlet/mentoring/network#introduction-"));
    }

    @Test
    public void theRelationshipsListIsPagedNewestFirst() {
        for (int i = 0; i < 5; i++) {
            intros.ask(i % 2 == 0 ? MENTEE : MENTOR, r.id(), new IntroductionInput(null, "topic " + i, "purpose " + i));
            f.clock.advance(java.time.Duration.ofMinutes(1));
        }
        Page<Introduction> first = intros.ofRelationship(MENTOR, r.id(), new PageRequest(0, 2));
        assertEquals(5, first.total());
        assertEquals(List.of("topic 4", "topic 3"), first.values().stream().map(Introduction::wantedText).toList());
        Page<Introduction> last = intros.ofRelationship(MENTEE, r.id(), new PageRequest(4, 2));
        assertEquals(List.of("topic 0"), last.values().stream().map(Introduction::wantedText).toList());
        assertTrue(last.isLast());
    }

    @Test
    public void cancelOpenThroughSomeoneWhoLeavesTellsTheOthers() {
        Introduction waiting = introduceOlga(askOfMentor());
        Introduction askedOnly = intros.ask(MENTOR, r.id(), new IntroductionInput(null, "design", "why"));
        Introduction done = introduceOlga(intros.ask(MENTEE, r.id(), new IntroductionInput(null, "sql", "why")));
        intros.move(OUTSIDER, done.id(), IntroductionMove.ACCEPT, null, null, null);
        f.sent.clear();

        assertEquals(1, intros.cancelOpenThrough(OUTSIDER));
        assertEquals(IntroductionStatus.CANCELLED, intros.get(MENTEE, waiting.id()).status());
        assertEquals(IntroductionStatus.ASKED, intros.get(MENTEE, askedOnly.id()).status());
        assertEquals("accepted ones stay", IntroductionStatus.ACCEPTED, intros.get(MENTEE, done.id()).status());
        assertEquals(Set.of(MENTEE, MENTOR), f.sent.stream().map(Notification::recipientKey).collect(Collectors.toSet()));
        assertTrue(f.sent.stream().allMatch(n -> n.actorKey() == null && n.key().endsWith("CANCEL")));

        f.sent.clear();
        assertEquals("the asker leaving cancels what is open through them", 1, intros.cancelOpenThrough(MENTOR));
        assertEquals(IntroductionStatus.CANCELLED, intros.get(MENTEE, askedOnly.id()).status());
        assertEquals(List.of(MENTEE), f.sent.stream().map(Notification::recipientKey).toList());
        assertEquals("nothing left", 0, intros.cancelOpenThrough(MENTOR));
    }

    @Test
    public void cancelOpenThroughWorksInBatches() {
        int open = IntroductionService.CANCEL_BATCH + 3;
        for (int i = 0; i < open; i++) {
            intros.ask(MENTEE, r.id(), new IntroductionInput(null, "t" + i, "p"));
        }
        assertEquals(open, intros.cancelOpenThrough(MENTEE));
        assertEquals(0, intros.ofRelationship(MENTOR, r.id(), PageRequest.first(100)).values().stream()
                .filter(i -> i.status().isOpen()).count());
    }

    private static Set<String> fields(ValidationException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }
}
