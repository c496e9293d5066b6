package org.mentoring.host.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import java.util.Set;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.RelationshipSection;

/**
 * A Confluence macro that shows one relationship section. It only translates Confluence's rendering context
 * (the space, who is reading, who wrote the page, whether this is a live view or an export/e-mail) and hands over to
 * {@link EmbeddedSections}, which decides what may be shown. Macro names, not these class names, are stored
 * in pages.
 */
abstract class SectionMacro implements Macro {
    /** Renderings where forms and scripts work; everything else (PDF, Word, HTML export, feeds, e-mail) gets none. */
    private static final Set<String> INTERACTIVE_OUTPUT = Set.of("display", "preview");

    private final RelationshipSection section;
    private final EmbeddedSections embedded;
    private final UserManager users;
    private final ApplicationProperties application;
    private final LocaleResolver locales;
    private final MentoringScope scope;

    SectionMacro(RelationshipSection section, EmbeddedSections embedded, MentoringScope scope, UserManager users,
                 ApplicationProperties application, LocaleResolver locales) {
        this.scope = scope;
        this.section = section;
        this.embedded = embedded;
        this.users = users;
        this.application = application;
        this.locales = locales;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        UserKey viewer = users.getRemoteUserKey();
        ContentEntityObject page = context == null ? null : context.getEntity();
        ConfluenceUser creator = page == null ? null : page.getCreator();
        boolean interactive = context != null && INTERACTIVE_OUTPUT.contains(context.getOutputType())
                && !"email".equals(context.getOutputDeviceType());
        EmbeddedSections.Place place = new EmbeddedSections.Place(scope.enabledInSpace(context == null ? null : context.getSpaceKey()),
                viewer == null ? null : viewer.getStringValue(),
                creator == null || creator.getKey() == null ? null : creator.getKey().getStringValue(),
                interactive, locales.getLocale(), application.getBaseUrl(UrlMode.RELATIVE));
        return embedded.render(section, parameters, place);
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
