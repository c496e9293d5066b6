package org.mentoring.host.jira;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentoring.goal.GoalStatus;
import org.mentoring.host.Settings;

/**
 * What the installer created or adopted in Jira, by id, in the host's settings: every node finds the same
 * issue type, statuses, workflow and field, and a later run finds them even after an administrator renamed them.
 */
final class JiraGoalSettings {
    static final String ISSUE_TYPE = "org.mentoring.jira.issueTypeId";
    static final String STATUSES = "org.mentoring.jira.statusIds";
    static final String WORKFLOW = "org.mentoring.jira.workflowName";
    static final String FIELD = "org.mentoring.jira.relationshipFieldId";
    /** The project goals created from the app's own pages go to (optional; else the first enabled project). */
    static final String GOAL_PROJECT = "org.mentoring.jira.goalProjectKey";

    private final Settings settings;

    JiraGoalSettings(Settings settings) {
        this.settings = settings;
    }

    Optional<String> issueTypeId() {
        return settings.get(ISSUE_TYPE);
    }

    void issueTypeId(String id) {
        settings.put(ISSUE_TYPE, id);
    }

    /** Jira status id of each goal status (all six, or none). One setting, so one read per event. */
    Map<GoalStatus, String> statusIds() {
        Map<GoalStatus, String> ids = new EnumMap<>(GoalStatus.class);
        settings.get(STATUSES).ifPresent(v -> {
            for (String pair : v.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    try {
                        ids.put(GoalStatus.valueOf(kv[0]), kv[1]);
                    } catch (IllegalArgumentException ignored) {
                        // a status the app no longer has
                    }
                }
            }
        });
        return ids;
    }

    void statusIds(Map<GoalStatus, String> ids) {
        settings.put(STATUSES, ids.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(",")));
    }

    Optional<GoalStatus> statusOf(String jiraStatusId) {
        return statusIds().entrySet().stream().filter(e -> e.getValue().equals(jiraStatusId)).map(Map.Entry::getKey).findFirst();
    }

    Optional<String> workflowName() {
        return settings.get(WORKFLOW);
    }

    void workflowName(String name) {
        settings.put(WORKFLOW, name);
    }

    Optional<Long> fieldId() {
        return settings.get(FIELD).map(Long::valueOf);
    }

    void fieldId(long id) {
        settings.put(FIELD, Long.toString(id));
    }

    Optional<String> goalProjectKey() {
        return settings.get(GOAL_PROJECT);
    }
}
