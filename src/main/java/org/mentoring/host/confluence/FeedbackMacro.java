package org.mentoring.host.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.FeedbackSection;

/** {@code mentoring-feedback}: giving and reading two-way feedback, optionally about one goal (form, list or both). */
public class FeedbackMacro extends SectionMacro {
    public FeedbackMacro(FeedbackSection feedback, EmbeddedSections embedded, MentoringScope mentoringScope,
                         UserManager salUserManager, ApplicationProperties applicationProperties, LocaleResolver localeResolver) {
        super(feedback, embedded, mentoringScope, salUserManager, applicationProperties, localeResolver);
    }
}
