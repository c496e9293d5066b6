package org.mentoring.goal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.TestHost;

/** The standalone host's demo data shows goals both ways on first start, through the real goal workflow. */
public class DemoGoalsTest {
    @Test
    public void theActiveDemoMentorshipHasGoalsInSeveralStatesAndOneOfTheMentors() throws Exception {
        try (TestHost host = TestHost.start()) {
            assertTrue(DemoData.seedOnce(host.app));
            Relationship active = host.app.graph.relationships().listMine("u-mara", new RelationshipFilter(Set.of(RelationshipStatus.ACTIVE), null),
                    PageRequest.first(10)).values().get(0);
            List<Goal> goals = host.app.graph.goals().ofRelationship("u-tomas", active.id(), Set.of(), PageRequest.first(10)).goals().values();
            assertEquals(3, goals.size());
            Goal underWay = goals.stream().filter(g -> g.status() == GoalStatus.IN_PROGRESS).findFirst().orElseThrow();
            assertEquals(35, underWay.progress());
            assertEquals(2, host.app.graph.goals().milestones("u-tomas", underWay.id()).size());
            assertTrue("mutual learning: the mentor has a goal of her own", goals.stream().anyMatch(g -> g.ownerKey().equals("u-mara")));
            assertEquals(3, host.app.graph.goals().progress(host.app.graph.relationships().view("u-mara", active.id())).open());
        }
    }
}
