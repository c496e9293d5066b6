package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Signature-only stub [V usage findUsers(String, UserSearchParams) returning a list of ApplicationUser (public Jira scripts and plugins)]. */
public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams); // [V]
}
