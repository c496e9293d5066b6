package org.mentoring.host.jira;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.user.UserManager;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.UserDirectory;

/**
 * Context provider of the panel on Development Goal issues ({@code atl.jira.view.issue.right.context}). Jira
 * creates it with the plugin's beans (constructor autowiring). Its condition, {@link GoalIssuePanelCondition},
 * hides the panel from anyone the access policy does not let read the goal.
 */
public final class GoalIssuePanel implements ContextProvider {
    private final GoalIssuePanelModel panel;

    public GoalIssuePanel(IssueGoals issueGoals, GoalService goals, UserDirectory users, UserManager salUserManager) {
        this.panel = new GoalIssuePanelModel(issueGoals, goals, users, salUserManager);
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = new HashMap<>(context);
        panel.overview(context, GoalIssuePanelModel.CHECK_INS).ifPresent(o -> {
            out.putAll(panel.model(o, Locale.ENGLISH));
            out.put("visible", Boolean.TRUE);
        });
        return out;
    }
}
