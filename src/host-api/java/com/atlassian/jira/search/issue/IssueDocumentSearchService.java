package com.atlassian.jira.search.issue;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

/** Signature-only stub: how Jira 10+ counts the issues a query matches. */
public interface IssueDocumentSearchService {
    long getHitCount(ApplicationUser user, Query query, boolean overrideSecurity) throws SearchException;
}
