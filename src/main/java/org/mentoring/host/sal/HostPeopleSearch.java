package org.mentoring.host.sal;

import java.util.List;
import java.util.Optional;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;
import org.mentoring.host.jira.JiraParts;

/**
 * The host's people search: Jira's user search where Jira's parts exist (only in Jira is there a {@link JiraParts.Builder}
 * bean); elsewhere SAL's exact user name (SAL has no search; Confluence's own people search is not wired yet: its API
 * could not be confirmed from public code).
 */
public final class HostPeopleSearch implements PeopleSearch {
    private final PeopleSearch chosen;

    public HostPeopleSearch(SalUserDirectory sal, Optional<JiraParts.Builder> jira) {
        this.chosen = jira.map(JiraParts.Builder::people).orElseGet(() -> exactName(sal));
    }

    /** SAL has no user search: the user whose user name is exactly the query. */
    static PeopleSearch exactName(SalUserDirectory sal) {
        return (query, limit) -> limit < 1 || query == null ? List.of() : sal.findByName(query).map(List::of).orElse(List.of());
    }

    @Override
    public List<Person> search(String query, int limit) {
        return chosen.search(query, limit);
    }
}
