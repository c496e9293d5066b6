package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub: only JQL parsing (counting goes through IssueDocumentSearchService). */
public interface SearchService {
    ParseResult parseQuery(ApplicationUser user, String jql);

    final class ParseResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("stub");
        }

        public com.atlassian.query.Query getQuery() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
