package org.mentoring.host.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentoring.goal.CheckIn;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.relationship.Relationship;
import org.mentoring.web.PageText;
import org.mentoring.web.PageLinks;

/**
 * What the goal issue's panel shows the signed-in viewer: the relationship (people, status), the goal's progress and
 * its latest check-ins, as {@link GoalService#overview} lets this viewer see them; nothing at all (not even that a
 * relationship exists) when the policy says no.
 */
final class GoalIssuePanelModel {
    static final int CHECK_INS = 3;

    private final IssueGoals issueGoals;
    private final GoalService goals;
    private final UserDirectory users;
    private final UserManager salUsers;

    GoalIssuePanelModel(IssueGoals issueGoals, GoalService goals, UserDirectory users, UserManager salUsers) {
        this.issueGoals = issueGoals;
        this.goals = goals;
        this.users = users;
        this.salUsers = salUsers;
    }

    /** The overview for the issue in a web fragment's context ({@code "issue"}), or empty. */
    Optional<GoalService.Overview> overview(Map<String, Object> context, int checkIns) {
        UserKey viewer = salUsers.getRemoteUserKey();
        if (viewer == null || !(context.get("issue") instanceof Issue issue) || issue.getId() == null) {
            return Optional.empty();
        }
        return issueGoals.byIssue(issue.getId()).flatMap(goal -> goals.overview(viewer.getStringValue(), goal, checkIns));
    }

    /** The template's model: plain maps and strings (escaped by the template), i18n texts. */
    Map<String, Object> model(GoalService.Overview overview, Locale locale) {
        Relationship r = overview.relationship().relationship();
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", new PageText(locale));
        model.put("mentor", name(r.mentorKey()));
        model.put("mentee", name(r.menteeKey()));
        model.put("relationshipStatus", r.status().name());
        model.put("relationshipLink", PageLinks.RELATIVE.relationship(r.id()));
        model.put("goalStatus", overview.goal().status().name());
        model.put("progress", overview.goal().progress());
        model.put("goalLink", PageLinks.RELATIVE.goal(overview.goal().id()));
        List<Map<String, Object>> checkIns = overview.latestCheckIns().stream().map(this::checkIn).toList();
        model.put("checkIns", checkIns);
        return model;
    }

    private Map<String, Object> checkIn(CheckIn c) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", c.on().toString());
        m.put("progress", c.progress());
        m.put("author", name(c.authorKey()));
        m.put("note", c.note());
        return m;
    }

    private String name(String userKey) {
        return users.find(userKey).map(Person::displayName).orElse(userKey);
    }
}
