package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
