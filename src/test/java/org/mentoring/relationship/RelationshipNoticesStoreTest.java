package org.mentoring.relationship;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.RuleViolationException;
import org.mentoring.testing.MentoringFixture;

/** The other member hears about each change, once, without its notes; a refused change tells nobody. */
public class RelationshipNoticesStoreTest {
    private MentoringFixture f;

    @Before
    public void setUp() {
        f = new MentoringFixture();
    }

    private List<String> told() {
        return f.told.stream().map(n -> n.recipientKey() + " " + n.key().replace("mentoring.relationship.notify.", "") + " " + n.actorKey() + " " + n.actorRole()).toList();
    }

    @Test
    public void eachChangeTellsTheOtherMember() {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "Secret reasons"));
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        f.agreements.update(MENTOR, r.id(), new AgreementInput("Grow", "MONTHLY", null, null, null, null, null), null);
        f.agreements.accept(MENTEE, r.id(), null);
        f.relationships.move(MENTEE, r.id(), Move.PAUSE, new MoveRequest("Private pause reason", "PRIVATE", null));
        assertEquals(List.of(
                "u-mara PROPOSE u-tomas MENTEE",
                "u-tomas ACCEPT u-mara MENTOR",
                "u-tomas AGREEMENT_UPDATE u-mara MENTOR",
                "u-mara AGREEMENT_ACCEPT u-tomas MENTEE",
                "u-mara PAUSE u-tomas MENTEE"), told());
        assertTrue("notes never travel in notifications", f.told.stream().allMatch(n -> n.args().isEmpty()));
        assertTrue(f.told.stream().allMatch(n -> n.link().equals("/plugins/servlet/mentoring/relationship?id=" + r.id())));
    }

    @Test
    public void anExpiredProposalTellsTheProposerAndAClosingReflectionNobody() {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.clock.advance(Duration.ofDays(15));
        assertEquals(1, f.relationships.expireOverdue(10));
        assertEquals("u-tomas EXPIRE u-mara MENTOR", told().get(1));

        Relationship done = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.relationships.move(MENTOR, done.id(), Move.ACCEPT, MoveRequest.none());
        f.relationships.move(MENTOR, done.id(), Move.COMPLETE, MoveRequest.none());
        int before = f.told.size();
        f.relationships.reflect(MENTEE, done.id(), "What I take away", "PRIVATE", null);
        assertEquals(before, f.told.size());
    }

    @Test
    public void aRefusedChangeTellsNobody() {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.told.clear();
        try {
            f.relationships.move(MENTEE, r.id(), Move.ACCEPT, MoveRequest.none());
            throw new AssertionError("the proposer accepted his own proposal");
        } catch (RuleViolationException expected) {
            assertEquals(List.of(), f.told);
        }
    }
}
