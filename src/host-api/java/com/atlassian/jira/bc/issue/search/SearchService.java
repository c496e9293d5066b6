package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub [V usage: parseQuery(user, jql).isValid()/getQuery(), searchCount(user, query) in public scripts and plugins]. */
public interface SearchService {
    ParseResult parseQuery(ApplicationUser user, String jql); // [V]

    long searchCount(ApplicationUser user, com.atlassian.query.Query query) throws com.atlassian.jira.issue.search.SearchException; // [V]

    final class ParseResult { // [V] usage SearchService.ParseResult
        public boolean isValid() { // [V]
            throw new UnsupportedOperationException("stub");
        }

        public com.atlassian.query.Query getQuery() { // [V]
            throw new UnsupportedOperationException("stub");
        }
    }
}
