package org.mentoring.host.confluence;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import org.mentoring.web.ProgramHomeBlueprint;

/**
 * The "Program home" blueprint: the wizard's chosen program (its {@code programId} field) becomes the page's title,
 * its overview texts, and the program its {@code mentoring-program} macro shows. A program the creator may not see
 * is refused as if it did not exist.
 */
public class ProgramHomeBlueprintContextProvider extends AbstractBlueprintContextProvider {
    private final ProgramHomeBlueprint blueprint;
    private final UserManager users;
    private final ApplicationProperties application;

    public ProgramHomeBlueprintContextProvider(ProgramHomeBlueprint programHomeBlueprint, UserManager salUserManager,
                                               ApplicationProperties applicationProperties,
                                               TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.blueprint = programHomeBlueprint;
        this.users = salUserManager;
        this.application = applicationProperties;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        UserKey creator = users.getRemoteUserKey();
        Object chosen = context.get("programId");
        Map<String, String> variables = blueprint.variables(creator == null ? null : creator.getStringValue(),
                chosen == null ? null : chosen.toString(), application.getBaseUrl(UrlMode.CANONICAL));
        variables.forEach((name, value) -> {
            if (!"title".equals(name)) {
                context.put(name, value);
            }
        });
        context.setTitle(variables.get("title"));
        return context;
    }
}
