package com.atlassian.jira.scheme;

/** Signature-only stub. */
public class Scheme {
}
