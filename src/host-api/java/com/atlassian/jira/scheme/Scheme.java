package com.atlassian.jira.scheme;

/** Signature-only stub [V reference B.5: SchemeManager.addSchemeToProject takes it]. */
public class Scheme {
}
