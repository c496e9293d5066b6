package org.mentoring.host.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.SearchResult;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.Person;
import org.mentoring.host.StoreException;
import org.mentoring.host.sal.HostPeopleSearch;
import org.mentoring.host.sal.SalUserDirectory;

/** People search in Confluence goes through Confluence's user search (a Mockito double of UserAccessor). */
public class ConfluencePeopleSearchTest {
    private UserAccessor accessor;

    @Before
    public void setUp() {
        accessor = mock(UserAccessor.class);
    }

    private User user(String name, String fullName, String key, boolean deactivated) {
        User u = mock(User.class);
        when(u.getName()).thenReturn(name);
        when(u.getFullName()).thenReturn(fullName);
        if (key != null) {
            ConfluenceUser known = mock(ConfluenceUser.class);
            when(known.getKey()).thenReturn(new UserKey(key));
            when(accessor.getUserByName(name)).thenReturn(known);
        }
        when(accessor.isDeactivated(u)).thenReturn(deactivated);
        return u;
    }

    @SuppressWarnings("unchecked")
    private void answer(Class<?> queryType, List<User> users) throws EntityException {
        SearchResult<User> result = mock(SearchResult.class);
        Pager<User> pager = mock(Pager.class);
        when(pager.iterator()).thenAnswer(i -> users.iterator());
        when(result.pager()).thenReturn(pager);
        if (queryType == FullNameTermQuery.class) {
            when(accessor.findUsers(isA(FullNameTermQuery.class))).thenReturn(result);
        } else {
            when(accessor.findUsers(isA(UserNameTermQuery.class))).thenReturn(result);
        }
    }

    @Test
    public void partOfAFullNameThenOfAUserNameFindsPeopleWithTheirKeysAndWhetherTheyAreActive() throws Exception {
        User mara = user("mara", "Mara Okafor", "8a1", false);
        User old = user("okapi", "", "8a2", true);
        User ghost = user("ghost", "Ghost", null, false);
        answer(FullNameTermQuery.class, List.of(mara, ghost));
        answer(UserNameTermQuery.class, List.of(mara, old));
        List<Person> found = new ConfluencePeopleSearch(accessor).search("  oka ", 10);
        assertEquals("the full-name match first, no duplicate, a user Confluence cannot resolve left out, a blank full name shown as the user name",
                List.of(new Person("8a1", "mara", "Mara Okafor", true), new Person("8a2", "okapi", "okapi", false)), found);
    }

    @Test
    public void atMostTheLimitAndNoSecondQueryWhenTheFirstFilledIt() throws Exception {
        answer(FullNameTermQuery.class, List.of(user("a", "Ann", "1", false), user("b", "Bob", "2", false), user("c", "Cy", "3", false)));
        List<Person> found = new ConfluencePeopleSearch(accessor).search("n", 2);
        assertEquals(List.of("a", "b"), found.stream().map(Person::name).toList());
        verify(accessor, never()).findUsers(isA(UserNameTermQuery.class));
    }

    @Test
    public void aBlankQueryAsksConfluenceNothing() throws Exception {
        assertEquals(List.of(), new ConfluencePeopleSearch(accessor).search(" ", 10));
        assertEquals(List.of(), new ConfluencePeopleSearch(accessor).search("x", 0));
        verify(accessor, never()).findUsers(any());
    }

    @Test
    public void aFailingSearchIsAStoreFailureNotAnEmptyAnswer() throws Exception {
        when(accessor.findUsers(any())).thenThrow(new EntityException());
        assertThrows(StoreException.class, () -> new ConfluencePeopleSearch(accessor).search("x", 5));
    }

    @Test
    public void theHostChoosesConfluencesSearchWhenItsComponentExists() throws Exception {
        answer(FullNameTermQuery.class, List.of(user("mara", "Mara Okafor", "8a1", false)));
        answer(UserNameTermQuery.class, List.of());
        SalUserDirectory sal = new SalUserDirectory(mock(com.atlassian.sal.api.user.UserManager.class));
        HostPeopleSearch host = new HostPeopleSearch(sal, Optional.empty(), Optional.of(new ConfluencePeopleSearch(accessor)));
        assertEquals("8a1", host.search("oka", 5).get(0).key());
        assertEquals("without it: SAL's exact user name (nobody here)", List.of(),
                new HostPeopleSearch(sal, Optional.empty(), Optional.empty()).search("oka", 5));
    }
}
