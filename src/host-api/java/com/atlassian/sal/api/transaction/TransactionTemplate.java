package com.atlassian.sal.api.transaction;

/** Signature-only stub. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
