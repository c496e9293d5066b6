package org.mentoring.host;

import java.util.Optional;

/** The host's users, looked up by user key (stable across renames). */
public interface UserDirectory {
    Optional<Person> find(String userKey);

    /** The person who signs in as {@code name} (the user name people type and macros store). */
    Optional<Person> findByName(String name);

    /** Jira/Confluence administrators (and system administrators). */
    boolean isAdmin(String userKey);
}
