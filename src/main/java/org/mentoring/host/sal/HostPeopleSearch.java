package org.mentoring.host.sal;

import java.util.List;
import java.util.Optional;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;
import org.mentoring.host.jira.JiraParts;

/**
 * The host's people search, chosen once at start: Jira's user search where Jira's parts exist (only in Jira is there a
 * {@link JiraParts.Builder} bean); Confluence's user search where its component exists (component-confluence); else
 * SAL's exact user name (SAL has no search).
 */
public final class HostPeopleSearch implements PeopleSearch {
    /**
     * A product's own people search offered as a component (Confluence's); Jira's comes with Jira's parts. Not a
     * {@link PeopleSearch} itself, so that this class stays the one bean of that type the modules are built with.
     */
    public interface ProductSearch {
        /** As {@link PeopleSearch#search}. */
        List<Person> search(String query, int limit);
    }

    private final PeopleSearch chosen;

    public HostPeopleSearch(SalUserDirectory sal, Optional<JiraParts.Builder> jira, Optional<ProductSearch> product) {
        this.chosen = jira.map(JiraParts.Builder::people).map(PeopleSearch.class::cast)
                .or(() -> product.map(p -> (PeopleSearch) p::search)).orElseGet(() -> exactName(sal));
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
