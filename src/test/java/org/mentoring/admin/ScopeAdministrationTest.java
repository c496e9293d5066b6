package org.mentoring.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Person;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.testing.InMemorySettings;

/** Enabling projects prepares them in the host first; a project the host refuses saves nothing. */
public class ScopeAdministrationTest {
    private final InMemorySettings settings = new InMemorySettings();
    private final MentoringScope scope = new MentoringScope(settings);
    private final InMemoryUserDirectory users = new InMemoryUserDirectory(List.of(new Person("u-ada", "ada", "Ada", true),
            new Person("u-tomas", "tomas", "Tomáš", true)), Set.of("u-ada"));
    /** The host's side, as Jira would answer: LOCKED's goal issues already use another workflow. */
    private final List<String> prepared = new ArrayList<>();
    private final ProjectSetup host = key -> {
        if (key.equals("LOCKED")) {
            throw new RuleViolationException(Problem.of("projects", "mentoring.admin.projects.invalid", key));
        }
        prepared.add(key);
    };
    /** What the administrators' changes wrote to the host's audit log. */
    private final List<org.mentoring.host.AuditLog.Entry> audited = new ArrayList<>();
    private final ScopeAdministration administration = new ScopeAdministration(scope, users, host, audited::add);

    @Test
    public void projectsArePreparedWhenMentoringIsOnAndOnlyThen() {
        administration.update("u-ada", new ScopeAdministration.ScopeInput(false, List.of("DEV"), List.of()));
        assertEquals("switched off: nothing prepared yet", List.of(), prepared);
        assertFalse(scope.enabledInProject("DEV"));
        administration.update("u-ada", new ScopeAdministration.ScopeInput(true, null, null));
        assertEquals(List.of("DEV"), prepared);
        assertEquals("each change is audited, with the keys it set", 2, audited.size());
        assertEquals("settings.scope", audited.get(1).action());
        assertEquals("u-ada", audited.get(1).actorKey());
        assertEquals("DEV", audited.get(1).details().get("projects"));
        assertTrue(scope.enabledInProject("dev"));
        assertFalse(scope.enabledInProject("OPS"));
    }

    @Test
    public void aProjectTheHostRefusesSavesNothing() {
        administration.update("u-ada", new ScopeAdministration.ScopeInput(true, List.of("DEV"), List.of("TEAM")));
        try {
            administration.update("u-ada", new ScopeAdministration.ScopeInput(null, List.of("DEV", "LOCKED"), List.of()));
            throw new AssertionError("LOCKED was accepted");
        } catch (RuleViolationException expected) {
            assertEquals("projects", expected.problems().get(0).field());
        }
        assertEquals(Set.of("DEV"), scope.projectKeys());
        assertEquals(Set.of("TEAM"), scope.spaceKeys());
    }

    @Test
    public void spacesAreEnabledOnlyWhileMentoringIsOn() {
        administration.update("u-ada", new ScopeAdministration.ScopeInput(true, null, List.of("team")));
        assertTrue(scope.enabledInSpace("TEAM"));
        administration.update("u-ada", new ScopeAdministration.ScopeInput(false, null, null));
        assertFalse(scope.enabledInSpace("TEAM"));
    }
}
