package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub [V reference B.5]. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser(); // [V] usage, Slack
}
