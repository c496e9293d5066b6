package com.atlassian.user.search;

/** Signature-only stub. */
public interface SearchResult<T> {
    com.atlassian.user.search.page.Pager<T> pager();
}
