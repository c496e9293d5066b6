package org.mentoring.host;

import java.util.Map;

/**
 * The host's audit log: Jira's and Confluence's (Atlassian's audit API, shown in their audit log pages), the app's
 * own table in the standalone host. Entries name who did what to which thing; never the content of pair or private
 * data.
 */
public interface AuditLog {
    /**
     * One administrative change. {@code action} is a stable name ("program.created"); {@code subjectKey} a user key
     * the change was about (an appointed manager), or null; {@code details} short values (ids, names of programs,
     * settings).
     */
    record Entry(String action, String actorKey, String subjectKey, Map<String, String> details) {
        public Entry {
            details = Map.copyOf(details);
        }

        public static Entry of(String action, String actorKey, Map<String, String> details) {
            return new Entry(action, actorKey, null, details);
        }
    }

    void record(Entry entry);
}
