package org.mentoring.goal;

/** Something that shows progress: a Jira issue key, a Confluence page id, or a web address. */
public record Evidence(long id, long goalId, Kind kind, String ref, String label, String addedBy) {
    public enum Kind { JIRA_ISSUE, CONFLUENCE_PAGE, URL }
}
