package org.mentoring.host.confluence;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import org.mentoring.web.RelationshipPageBlueprint;

/**
 * The "Mentoring relationship page" blueprint: the wizard's chosen relationship (its {@code relationshipId} field)
 * becomes the page's title and the relationship its macros show. A relationship the creator is not a member of
 * is refused, so nobody can make a page that names someone else's mentorship.
 */
public class RelationshipBlueprintContextProvider extends AbstractBlueprintContextProvider {
    private final RelationshipPageBlueprint blueprint;
    private final UserManager users;

    public RelationshipBlueprintContextProvider(RelationshipPageBlueprint blueprint, UserManager salUserManager,
                                                TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.blueprint = blueprint;
        this.users = salUserManager;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        UserKey creator = users.getRemoteUserKey();
        Object chosen = context.get("relationshipId");
        Map<String, String> variables = blueprint.variables(creator == null ? null : creator.getStringValue(),
                chosen == null ? null : chosen.toString());
        variables.forEach((name, value) -> {
            if (!"title".equals(name)) {
                context.put(name, value);
            }
        });
        context.setTitle(variables.get("title"));
        return context;
    }
}
