package com.atlassian.user.search.query;

/** Signature-only stub. */
public interface TermQuery<T> extends Query<T> {
    String SUBSTRING_CONTAINS = "contains";
}
