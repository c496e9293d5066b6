package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub: Jira's own UserManager. */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
