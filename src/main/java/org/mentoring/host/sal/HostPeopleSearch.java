package org.mentoring.host.sal;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.List;
import java.util.function.Supplier;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;

/**
 * The host's people search, chosen once from SAL's platform id: Jira's user search in Jira; elsewhere SAL's exact user
 * name (SAL has no search; Confluence's own people search is not wired yet: its API could not be confirmed from public
 * code). Jira's classes load only in Jira.
 */
public final class HostPeopleSearch implements PeopleSearch {
    private final PeopleSearch chosen;

    public HostPeopleSearch(ApplicationProperties application, SalUserDirectory sal) {
        this(application.getPlatformId(), exactName(sal), org.mentoring.host.jira.JiraPeopleSearches::fromJira);
    }

    HostPeopleSearch(String platformId, PeopleSearch fallback, Supplier<PeopleSearch> jira) {
        this.chosen = "jira".equals(platformId) ? jira.get() : fallback;
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
