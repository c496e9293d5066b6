package com.atlassian.sal.api.transaction;

/** Signature-only stub [V: reference B.1]. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action); // [V]
}
