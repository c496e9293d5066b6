package org.mentoring.host.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.component.ComponentAccessor;
import java.util.List;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;

/** People search through Jira's own user search (what Jira's user pickers use): part of names, active and inactive. */
public final class JiraPeopleSearch implements PeopleSearch {
    private final UserSearchService search;

    JiraPeopleSearch(UserSearchService search) {
        this.search = search;
    }

    /** Looked up in Jira's component container, like the other Jira services (never a Spring reference). */
    static JiraPeopleSearch fromComponentAccessor() {
        return new JiraPeopleSearch(ComponentAccessor.getComponent(UserSearchService.class));
    }

    @Override
    public List<Person> search(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        UserSearchParams params = new UserSearchParams.Builder().allowEmptyQuery(false).includeActive(true)
                .includeInactive(true).maxResults(limit).build();
        return search.findUsers(query.strip(), params).stream().limit(limit)
                .map(u -> new Person(u.getKey(), u.getName(), u.getDisplayName() == null || u.getDisplayName().isBlank()
                        ? u.getName() : u.getDisplayName(), u.isActive()))
                .toList();
    }
}
