package org.mentoring.host.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.RelationshipCard;

/** {@code mentoring-relationship}: a relationship's summary card (people, status, agreement for its members). */
public class RelationshipMacro extends SectionMacro {
    public RelationshipMacro(RelationshipCard card, EmbeddedSections embedded, MentoringScope mentoringScope,
            UserManager salUserManager,
                             ApplicationProperties applicationProperties, LocaleResolver localeResolver) {
        super(card, embedded, mentoringScope, salUserManager, applicationProperties, localeResolver);
    }
}
