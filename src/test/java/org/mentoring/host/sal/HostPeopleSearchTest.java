package org.mentoring.host.sal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;

/** The host's people search is Jira's in Jira (and built only there), SAL's exact name elsewhere. */
public class HostPeopleSearchTest {
    private final PeopleSearch sal = (q, n) -> List.of(new Person("k", "sal", "SAL", true));

    @Test
    public void inJiraJirasUserSearchAnswers() {
        PeopleSearch jira = (q, n) -> List.of(new Person("j", "jira", "Jira", true));
        assertEquals("jira", new HostPeopleSearch("jira", sal, () -> jira).search("a", 1).get(0).name());
    }

    @Test
    public void elsewhereJirasSearchIsNeverBuilt() {
        assertEquals("sal", new HostPeopleSearch("conf", sal, () -> {
            throw new AssertionError("Jira's classes must not load outside Jira");
        }).search("a", 1).get(0).name());
    }
}
