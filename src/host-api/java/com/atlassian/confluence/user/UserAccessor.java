package com.atlassian.confluence.user;

/**
 * Signature-only stub. In Confluence 9.1.1 findUsers and isDeactivated are declared on its parent
 * bucket.user.UserAccessor; a call through this interface links to them all the same.
 */
public interface UserAccessor {
    ConfluenceUser getUserByName(String name);

    boolean isDeactivated(com.atlassian.user.User user);

    com.atlassian.user.search.SearchResult<com.atlassian.user.User> findUsers(
            com.atlassian.user.search.query.Query<com.atlassian.user.User> query) throws com.atlassian.user.EntityException;
}
