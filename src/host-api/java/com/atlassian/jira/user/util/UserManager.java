package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub: Jira's own UserManager [V usage: ComponentAccessor.getUserManager().getUserByKey(key)]. */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey); // [V] null when no such user
}
