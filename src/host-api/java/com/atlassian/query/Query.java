package com.atlassian.query;

/** Signature-only stub [V usage: SearchService.ParseResult.getQuery() returns it]. */
public interface Query {
}
