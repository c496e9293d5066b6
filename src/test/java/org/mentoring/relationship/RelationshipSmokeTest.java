package org.mentoring.relationship;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.mentoring.testing.MentoringFixture;

public class RelationshipSmokeTest {
    @Test
    public void proposeAndAccept() {
        MentoringFixture f = new MentoringFixture();
        Relationship r = f.relationships.propose(MentoringFixture.MENTEE,
                new Proposal(MentoringFixture.MENTOR, MentoringFixture.MENTEE, "INFORMAL", null, "Hello"));
        assertEquals(RelationshipStatus.PROPOSED, r.status());
        Relationship a = f.relationships.move(MentoringFixture.MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        assertEquals(RelationshipStatus.ACTIVE, a.status());
        assertEquals(2, a.version());
    }
}
