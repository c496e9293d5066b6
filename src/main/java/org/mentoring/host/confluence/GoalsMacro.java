package org.mentoring.host.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.GoalsSection;

/** {@code mentoring-goals}: a relationship's goals and their progress. */
public class GoalsMacro extends SectionMacro {
    public GoalsMacro(GoalsSection goals, EmbeddedSections embedded, MentoringScope mentoringScope,
            UserManager salUserManager,
                      ApplicationProperties applicationProperties, LocaleResolver localeResolver) {
        super(goals, embedded, mentoringScope, salUserManager, applicationProperties, localeResolver);
    }
}
