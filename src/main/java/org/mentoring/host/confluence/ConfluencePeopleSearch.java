package org.mentoring.host.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentoring.host.Person;
import org.mentoring.host.StoreException;
import org.mentoring.host.sal.HostPeopleSearch;

/**
 * People search through Confluence's own user search (atlassian-user queries on {@link UserAccessor}, what
 * Confluence's user pickers and user administration search with): part of a full name first, then part of a user
 * name, active and deactivated people alike, at most {@code limit}. A Confluence-only component, chosen by
 * {@link HostPeopleSearch} when present. atlassian-user refuses to OR the two kinds of term in one query, hence two.
 */
public final class ConfluencePeopleSearch implements HostPeopleSearch.ProductSearch {
    private final UserAccessor users;

    public ConfluencePeopleSearch(UserAccessor userAccessor) {
        this.users = userAccessor;
    }

    @Override
    public List<Person> search(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        String term = query.strip();
        Map<String, Person> found = new LinkedHashMap<>();
        try {
            collect(found, new FullNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS), limit);
            if (found.size() < limit) {
                collect(found, new UserNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS), limit);
            }
        } catch (EntityException e) {
            throw new StoreException("Confluence's user search failed", e);
        }
        return List.copyOf(found.values());
    }

    private void collect(Map<String, Person> found, Query<User> query, int limit) throws EntityException {
        for (User user : users.findUsers(query).pager()) {
            if (found.size() >= limit) {
                return;
            }
            String name = user.getName();
            if (name == null || found.containsKey(name)) {
                continue;
            }
            ConfluenceUser known = users.getUserByName(name);
            if (known == null || known.getKey() == null) {
                continue;
            }
            String display = user.getFullName() == null || user.getFullName().isBlank() ? name : user.getFullName();
            found.put(name, new Person(known.getKey().getStringValue(), name, display, !users.isDeactivated(user)));
        }
    }
}
