package org.mentoring.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mentoring.host.Settings;

/**
 * Where mentoring is switched on, as administrators set it: org-wide, and then per Jira project (whose
 * schemes get the Development Goal type) and per Confluence space (where the macros and the blueprint are
 * offered). Stored in the host's settings, so every node of a cluster reads the same answer.
 */
public final class MentoringScope {
    static final String ORG_WIDE = "org.mentoring.scope.orgWide";
    static final String PROJECTS = "org.mentoring.scope.projects";
    static final String SPACES = "org.mentoring.scope.spaces";

    private final Settings settings;

    public MentoringScope(Settings settings) {
        this.settings = settings;
    }

    public boolean orgWide() {
        return settings.get(ORG_WIDE).map(Boolean::parseBoolean).orElse(false);
    }

    public void setOrgWide(boolean enabled) {
        settings.put(ORG_WIDE, Boolean.toString(enabled));
    }

    /** Keys of the Jira projects where mentoring is enabled (upper case), whether or not it is on org-wide. */
    public Set<String> projectKeys() {
        return keys(PROJECTS);
    }

    public void setProjectKeys(Set<String> keys) {
        settings.put(PROJECTS, String.join(",", normalise(keys)));
    }

    /** Keys of the Confluence spaces where mentoring is enabled, whether or not it is on org-wide. */
    public Set<String> spaceKeys() {
        return keys(SPACES);
    }

    public void setSpaceKeys(Set<String> keys) {
        settings.put(SPACES, String.join(",", normalise(keys)));
    }

    /** Mentoring is on org-wide and in this project. */
    public boolean enabledInProject(String projectKey) {
        return projectKey != null && orgWide() && projectKeys().contains(projectKey.toUpperCase(Locale.ROOT));
    }

    /** Mentoring is on org-wide and in this space. */
    public boolean enabledInSpace(String spaceKey) {
        return spaceKey != null && orgWide() && spaceKeys().contains(spaceKey.toUpperCase(Locale.ROOT));
    }

    private Set<String> keys(String setting) {
        return settings.get(setting).map(v -> normalise(Arrays.asList(v.split(",")))).orElseGet(TreeSet::new);
    }

    private static TreeSet<String> normalise(java.util.Collection<String> keys) {
        return keys.stream().map(k -> k.strip().toUpperCase(Locale.ROOT)).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
