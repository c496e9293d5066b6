package org.mentoring.host.sal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.mentoring.goal.GoalHosting;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;
import org.mentoring.host.jira.JiraParts;

/** The host's people search is Jira's where Jira's parts exist (SalAdaptersTest: SAL's exact user name elsewhere). */
public class HostPeopleSearchTest {
    private final SalUserDirectory sal = new SalUserDirectory(org.mockito.Mockito.mock(com.atlassian.sal.api.user.UserManager.class));

    @Test
    public void inJiraJirasUserSearchAnswers() {
        PeopleSearch jira = (q, n) -> List.of(new Person("j", "jira", "Jira", true));
        assertEquals("jira", new HostPeopleSearch(sal, Optional.of(jiraWith(jira)), Optional.empty()).search("a", 1).get(0).name());
    }

    private static JiraParts.Builder jiraWith(PeopleSearch people) {
        return new JiraParts.Builder() {
            @Override
            public JiraParts build(GoalHosting.Parts parts) {
                throw new AssertionError("not needed for people search");
            }

            @Override
            public PeopleSearch people() {
                return people;
            }
        };
    }
}
