package com.atlassian.user.search.query;

/** Signature-only stub. */
public class FullNameTermQuery implements TermQuery<com.atlassian.user.User> {
    public FullNameTermQuery(String term, String matchingRule) {
    }
}
