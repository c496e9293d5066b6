package com.atlassian.sal.api.transaction;

/** Signature-only stub [V: reference B.1]. */
public interface TransactionCallback<T> {
    T doInTransaction(); // [V]
}
