package com.atlassian.user.search.page;

/** Signature-only stub: a lazily fetched list of results. */
public interface Pager<T> extends Iterable<T> {
}
