package org.mentoring.host.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.Test;
import org.mentoring.host.Person;

/** People search in Jira goes through Jira's user search (a Mockito double of it), as Jira's own pickers do. */
public class JiraPeopleSearchTest {
    private static ApplicationUser user(String key, String name, String display, boolean active) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getKey()).thenReturn(key);
        when(u.getName()).thenReturn(name);
        when(u.getDisplayName()).thenReturn(display);
        when(u.isActive()).thenReturn(active);
        return u;
    }

    @Test
    public void partOfANameFindsPeopleWithTheirKeysNamesAndWhetherTheyAreActive() {
        UserSearchService service = mock(UserSearchService.class);
        List<ApplicationUser> matches = List.of(user("JIRAUSER1", "mara", "Mara Okafor", true), user("JIRAUSER2", "old", "", false),
                user("JIRAUSER3", "x", "X", true));
        when(service.findUsers(eq("oka"), any(UserSearchParams.class))).thenReturn(matches);
        List<Person> found = new JiraPeopleSearch(service).search("  oka ", 2);
        assertEquals(List.of(new Person("JIRAUSER1", "mara", "Mara Okafor", true), new Person("JIRAUSER2", "old", "old", false)), found);
    }

    @Test
    public void aBlankQueryAsksJiraNothing() {
        UserSearchService service = mock(UserSearchService.class);
        assertEquals(List.of(), new JiraPeopleSearch(service).search("  ", 10));
        verify(service, never()).findUsers(any(), any());
    }
}
