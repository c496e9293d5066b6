package org.mentoring.host.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.RelationshipSection;

/**
 * A Confluence macro that shows one relationship section. It only translates Confluence's rendering context
 * ({@link MacroPlace}) and hands over to {@link EmbeddedSections}, which decides what may be shown. Macro names,
 * not these class names, are stored in pages.
 */
abstract class SectionMacro implements Macro {
    private final RelationshipSection section;
    private final EmbeddedSections embedded;
    private final MacroPlace place;

    SectionMacro(RelationshipSection section, EmbeddedSections embedded, MentoringScope scope, UserManager users,
                 ApplicationProperties application, LocaleResolver locales) {
        this.section = section;
        this.embedded = embedded;
        this.place = new MacroPlace(scope, users, application, locales);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return embedded.render(section, parameters, place.of(context));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
