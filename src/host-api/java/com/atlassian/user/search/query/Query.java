package com.atlassian.user.search.query;

/** Signature-only stub. */
public interface Query<T> {
}
