package org.mentoring.host;

import java.util.List;

/**
 * Finds people by what someone types (part of a name or user name), the way the host's own pickers do: Jira's user
 * search, Confluence's people search, the standalone host's directory. Pickers and the mentor directory's name
 * search use it.
 */
public interface PeopleSearch {
    /** Active and inactive people whose name or display name matches {@code query} (case-insensitive), at most {@code limit}. */
    List<Person> search(String query, int limit);
}
