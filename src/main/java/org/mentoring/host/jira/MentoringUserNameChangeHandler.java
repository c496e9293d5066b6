package org.mentoring.host.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.UserNameChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import java.util.Collection;
import java.util.List;

/**
 * Jira's anonymisation, step "change the user name": the app stores people by key only, never by name, so it reports
 * nothing and changes nothing (said here so Jira's list of apps shows the app took part).
 */
public class MentoringUserNameChangeHandler implements UserNameChangeHandler {
    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        return List.of();
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        return JiraAffectedEntities.run(parameter.getContext(), () -> { });
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return 1;
    }
}
