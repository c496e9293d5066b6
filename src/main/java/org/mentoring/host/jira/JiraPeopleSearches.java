package org.mentoring.host.jira;

import org.mentoring.host.PeopleSearch;

/** Builds Jira's people search; a class without Jira types in its signature, so callers elsewhere load safely. */
public final class JiraPeopleSearches {
    private JiraPeopleSearches() {
    }

    public static PeopleSearch fromJira() {
        return JiraPeopleSearch.fromComponentAccessor();
    }
}
