package com.atlassian.query;

/** Signature-only stub. */
public interface Query {
}
