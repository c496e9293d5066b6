package org.mentoring.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.TestHost;

/** The standalone host's demo data shows the session log on first start. */
public class DemoSessionsTest {
    @Test
    public void theActiveDemoMentorshipHasALogWithTheMentorsPrivateNote() throws Exception {
        try (TestHost host = TestHost.start()) {
            assertTrue(DemoData.seedOnce(host.app));
            Relationship active = host.app.graph.relationships().listMine("u-mara", new RelationshipFilter(java.util.Set.of(RelationshipStatus.ACTIVE), null),
                    PageRequest.first(10)).values().get(0);
            List<Session> mara = host.app.graph.sessions().ofRelationship("u-mara", active.id(), PageRequest.first(10)).sessions().values();
            List<Session> tomas = host.app.graph.sessions().ofRelationship("u-tomas", active.id(), PageRequest.first(10)).sessions().values();
            assertEquals(3, mara.size());
            assertNotNull("the latest session carries Mara's private note", mara.get(0).privateNote());
            assertNull("which Tomáš never sees", tomas.get(0).privateNote());
            assertTrue(mara.stream().flatMap(s -> s.actionItems().stream()).anyMatch(ActionItem::done));
            Relationship now = host.app.graph.relationships().get("u-mara", active.id());
            assertEquals(3, now.meetings().sessions());
            assertFalse("the next meeting is planned, not overdue", host.app.graph.relationships().meetingOverdue(now));
        }
    }
}
