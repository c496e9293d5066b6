package org.mentoring.host.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.SessionsSection;

/** {@code mentoring-sessions}: the pair's meeting log (each reader sees only their own private note). */
public class SessionsMacro extends SectionMacro {
    public SessionsMacro(SessionsSection sessions, EmbeddedSections embedded, MentoringScope mentoringScope,
                         UserManager salUserManager, ApplicationProperties applicationProperties, LocaleResolver localeResolver) {
        super(sessions, embedded, mentoringScope, salUserManager, applicationProperties, localeResolver);
    }
}
