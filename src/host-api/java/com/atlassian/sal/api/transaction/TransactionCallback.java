package com.atlassian.sal.api.transaction;

/** Signature-only stub. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
