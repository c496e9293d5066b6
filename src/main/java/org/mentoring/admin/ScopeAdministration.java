package org.mentoring.admin;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.UserDirectory;

/**
 * Administrators switching mentoring on: org-wide, then per Jira project and Confluence space. Enabling a
 * project prepares it first (in Jira: the Development Goal type and workflow in its schemes); a project that
 * cannot be prepared safely is refused and nothing is saved.
 */
public final class ScopeAdministration {
    /** Keys are checked against the products' own rules: Jira project keys, Confluence space keys (personal ones start with ~). */
    static final String PROJECT_KEY = "[A-Z][A-Z0-9_]{0,19}";
    static final String SPACE_KEY = "~?[A-Z0-9][A-Z0-9_.@-]{0,254}";
    static final int MAX_KEYS = 500;

    public record ScopeView(boolean orgWide, List<String> projects, List<String> spaces) {
    }

    /** What an administrator sends; a null part stays as it is. */
    public record ScopeInput(Boolean orgWide, List<String> projects, List<String> spaces) {
    }

    private final MentoringScope scope;
    private final UserDirectory users;
    private final ProjectSetup projects;

    private final org.mentoring.host.AuditLog audit;

    public ScopeAdministration(MentoringScope scope, UserDirectory users, ProjectSetup projects, org.mentoring.host.AuditLog audit) {
        this.audit = audit;
        this.scope = scope;
        this.users = users;
        this.projects = projects;
    }

    public ScopeView view(String actorKey) {
        requireAdmin(actorKey);
        return current();
    }

    public ScopeView update(String actorKey, ScopeInput input) {
        requireAdmin(actorKey);
        Problems problems = new Problems();
        Set<String> projectKeys = input.projects() == null ? scope.projectKeys() : keys(problems, "projects", input.projects(), PROJECT_KEY);
        Set<String> spaceKeys = input.spaces() == null ? scope.spaceKeys() : keys(problems, "spaces", input.spaces(), SPACE_KEY);
        problems.throwIfAny();
        boolean orgWide = input.orgWide() == null ? scope.orgWide() : input.orgWide();
        if (orgWide) {
            // Idempotent: projects already prepared cost the host a look, no change.
            projectKeys.forEach(projects::prepare);
        }
        scope.setProjectKeys(projectKeys);
        scope.setSpaceKeys(spaceKeys);
        scope.setOrgWide(orgWide);
        ScopeView now = current();
        audit.record(org.mentoring.host.AuditLog.Entry.of("settings.scope", actorKey, java.util.Map.of("orgWide", Boolean.toString(now.orgWide()),
                "projects", String.join(",", now.projects()), "spaces", String.join(",", now.spaces()))));
        return now;
    }

    private ScopeView current() {
        return new ScopeView(scope.orgWide(), List.copyOf(scope.projectKeys()), List.copyOf(scope.spaceKeys()));
    }

    private void requireAdmin(String actorKey) {
        if (actorKey == null || !users.isAdmin(actorKey)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.admin.only"));
        }
    }

    private static Set<String> keys(Problems problems, String field, List<String> values, String pattern) {
        Set<String> keys = new TreeSet<>();
        for (String value : values) {
            String key = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            if (!key.matches(pattern)) {
                problems.add(field, "mentoring.admin." + field + ".invalid", value.strip());
                return keys;
            }
            keys.add(key);
        }
        if (keys.size() > MAX_KEYS) {
            problems.add(field, "mentoring.admin.keys.toomany", MAX_KEYS);
        }
        return keys;
    }
}
