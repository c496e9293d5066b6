package org.mentoring.host.sal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserReactivateEvent;
import com.atlassian.crowd.event.user.UserEditedEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.confluence.ConfluenceUserEvents;
import org.mentoring.host.jira.JiraUserEvents;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.DirectoryFilter;
import org.mentoring.people.ProfileInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.MentoringFixture;

/**
 * Jira's and Confluence's user events (Mockito doubles of the host's event and SAL types) reach the app's real
 * departures on a real database: the mentor deactivated in the host leaves, reactivated comes back to the directory.
 */
public class ProductEventListenersStoreTest {
    private MentoringFixture f;
    private SalUserDirectory sal;
    private Relationship active;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        UserManager salUsers = mock(UserManager.class);
        UserProfile mara = mock(UserProfile.class);
        when(mara.getUserKey()).thenReturn(new UserKey(MENTOR));
        when(mara.getUsername()).thenReturn("mara");
        when(salUsers.getUserProfile("mara")).thenReturn(mara);
        when(salUsers.getUserProfile(new UserKey(MENTOR))).thenReturn(mara);
        sal = new SalUserDirectory(salUsers);
        f.profiles.save(MENTOR, MENTOR, new ProfileInput(true, false, List.of(), List.of(), List.of(), null, 3, null, null, false, null));
        active = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        active = f.relationships.move(MENTOR, active.id(), Move.ACCEPT, MoveRequest.none());
    }

    private RelationshipStatus status() {
        return f.relationships.find(active.id()).orElseThrow().status();
    }

    private boolean listed() {
        return f.directory.search(MENTEE, DirectoryFilter.none(), PageRequest.first(10)).values().stream()
                .anyMatch(m -> m.userKey().equals(MENTOR));
    }

    private static com.atlassian.crowd.model.user.User crowdUser(String name, boolean active) {
        com.atlassian.crowd.model.user.User u = mock(com.atlassian.crowd.model.user.User.class);
        when(u.getName()).thenReturn(name);
        when(u.isActive()).thenReturn(active);
        return u;
    }

    private static UserEditedEvent edited(boolean wasActive, boolean isActive) {
        com.atlassian.crowd.model.user.User before = crowdUser("mara", wasActive);
        com.atlassian.crowd.model.user.User after = crowdUser("mara", isActive);
        UserEditedEvent e = mock(UserEditedEvent.class);
        when(e.getOriginalUser()).thenReturn(before);
        when(e.getUser()).thenReturn(after);
        return e;
    }

    @Test
    public void jiraDeactivatingAndReactivatingAUser() {
        JiraUserEvents jira = new JiraUserEvents(sal, f.graph.departures());
        jira.onUserEdited(edited(true, true));
        assertEquals("an edit that keeps the user active changes nothing", RelationshipStatus.ACTIVE, status());
        jira.onUserEdited(edited(true, false));
        assertEquals(RelationshipStatus.PAUSED, status());
        assertFalse(listed());
        jira.onUserEdited(edited(false, true));
        assertTrue(listed());
        assertEquals(RelationshipStatus.PAUSED, status());
    }

    @Test
    public void confluenceDeactivatingAndReactivatingAUser() {
        ConfluenceUserEvents confluence = new ConfluenceUserEvents(sal, f.graph.departures());
        com.atlassian.user.User mara = mock(com.atlassian.user.User.class);
        when(mara.getName()).thenReturn("mara");
        UserDeactivateEvent off = mock(UserDeactivateEvent.class);
        when(off.getUser()).thenReturn(mara);
        confluence.onDeactivated(off);
        assertEquals(RelationshipStatus.PAUSED, status());
        assertFalse(listed());
        UserReactivateEvent on = mock(UserReactivateEvent.class);
        when(on.getUser()).thenReturn(mara);
        confluence.onReactivated(on);
        assertTrue(listed());
    }

    @Test
    public void aUserSalDoesNotKnowChangesNothingAndThrowsNothing() {
        ConfluenceUserEvents confluence = new ConfluenceUserEvents(sal, f.graph.departures());
        com.atlassian.user.User stranger = mock(com.atlassian.user.User.class);
        when(stranger.getName()).thenReturn("stranger");
        UserDeactivateEvent off = mock(UserDeactivateEvent.class);
        when(off.getUser()).thenReturn(stranger);
        confluence.onDeactivated(off);
        assertEquals(RelationshipStatus.ACTIVE, status());
    }

    @Test
    public void theProductsListenerIsRegisteredOnStartAndUnregisteredOnStop() {
        EventPublisher events = mock(EventPublisher.class);
        JiraUserEvents jira = new JiraUserEvents(sal, f.graph.departures());
        ProductEventListeners host = new ProductEventListeners(events, Optional.of(jira), Optional.empty());
        host.start();
        verify(events).register(jira);
        host.stop();
        verify(events).unregister(jira);
        ProductEventListeners none = new ProductEventListeners(events, Optional.empty(), Optional.empty());
        none.start();
        verify(events, never()).register(org.mockito.ArgumentMatchers.isNull());
    }
}
