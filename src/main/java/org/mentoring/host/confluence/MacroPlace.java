package org.mentoring.host.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Set;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedSections;

/**
 * Where a macro renders, in the app's terms: Confluence's rendering context (the space, who is reading, who wrote
 * the page, whether this is a live view or an export/e-mail) translated for every mentoring macro alike.
 */
final class MacroPlace {
    /** Renderings where forms and scripts work; everything else (PDF, Word, HTML export, feeds, e-mail) gets none. */
    private static final Set<String> INTERACTIVE_OUTPUT = Set.of("display", "preview");

    private final MentoringScope scope;
    private final UserManager users;
    private final ApplicationProperties application;
    private final LocaleResolver locales;

    MacroPlace(MentoringScope scope, UserManager users, ApplicationProperties application, LocaleResolver locales) {
        this.scope = scope;
        this.users = users;
        this.application = application;
        this.locales = locales;
    }

    EmbeddedSections.Place of(ConversionContext context) {
        UserKey viewer = users.getRemoteUserKey();
        ContentEntityObject page = context == null ? null : context.getEntity();
        ConfluenceUser creator = page == null ? null : page.getCreator();
        boolean interactive = context != null && INTERACTIVE_OUTPUT.contains(context.getOutputType())
                && !"email".equals(context.getOutputDeviceType());
        return new EmbeddedSections.Place(scope.enabledInSpace(context == null ? null : context.getSpaceKey()),
                viewer == null ? null : viewer.getStringValue(),
                creator == null || creator.getKey() == null ? null : creator.getKey().getStringValue(),
                interactive, locales.getLocale(), application.getBaseUrl(UrlMode.RELATIVE));
    }
}
