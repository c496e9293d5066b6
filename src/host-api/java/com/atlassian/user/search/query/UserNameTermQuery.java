package com.atlassian.user.search.query;

/** Signature-only stub. */
public class UserNameTermQuery implements TermQuery<com.atlassian.user.User> {
    public UserNameTermQuery(String term, String matchingRule) {
    }
}
