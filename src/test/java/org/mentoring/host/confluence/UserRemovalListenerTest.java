package org.mentoring.host.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.user.UserRemoveCompletedEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.mentoring.host.sal.ProductEventListeners;
import org.mentoring.privacy.AppTablesAccess;
import org.mentoring.privacy.Erasure;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.StoreTestDatabase;

/**
 * Confluence's user removal, with Mockito for Confluence's event and user and the real app on the real database: the
 * person is erased and what stays is attributed to an anonymous former user.
 */
public class UserRemovalListenerTest {
    @Test
    public void aRemovedConfluenceUserIsErasedFromEveryTable() throws Exception {
        MentoringFixture f = new MentoringFixture();
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "Hello"));
        r = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());

        ConfluenceUser removed = mock(ConfluenceUser.class);
        when(removed.getKey()).thenReturn(new UserKey(MENTEE));
        UserRemoveCompletedEvent event = mock(UserRemoveCompletedEvent.class);
        when(event.getUser()).thenReturn(removed);
        EventPublisher events = mock(EventPublisher.class);
        UserRemovalListener listener = new UserRemovalListener(f.graph.erasure());
        ProductEventListeners registered = new ProductEventListeners(events, Optional.empty(), Optional.of(listener));
        registered.start();
        verify(events).register(listener);

        listener.onUserRemoved(event);

        assertEquals(java.util.Set.of(), AppTablesAccess.traces(StoreTestDatabase.entityManager(), List.of(MENTEE, "Tomáš")));
        Relationship after = f.relationships.get(MENTOR, r.id());
        assertEquals(RelationshipStatus.ENDED, after.status());
        assertTrue(after.menteeKey().startsWith(Erasure.FORMER_USER));
        registered.stop();
        verify(events).unregister(listener);
    }

    @Test
    public void aUserThatIsNotAConfluenceUserIsLeftAlone() {
        MentoringFixture f = new MentoringFixture();
        UserRemoveCompletedEvent event = mock(UserRemoveCompletedEvent.class);
        when(event.getUser()).thenReturn(mock(User.class));
        new UserRemovalListener(f.graph.erasure()).onUserRemoved(event);
    }
}
