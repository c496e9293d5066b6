package org.mentoring.host.jira;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.UserDirectory;

/** Shows the goal panel only on goal issues whose goal the viewer may read (members; program managers). */
public final class GoalIssuePanelCondition implements Condition {
    private final GoalIssuePanelModel panel;

    public GoalIssuePanelCondition(IssueGoals issueGoals, GoalService goals, UserDirectory users, UserManager salUserManager) {
        this.panel = new GoalIssuePanelModel(issueGoals, goals, users, salUserManager);
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return panel.overview(context, 0).isPresent();
    }
}
