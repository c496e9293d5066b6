package org.mentoring.host.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import java.util.Collection;
import java.util.Map;
import org.mentoring.privacy.Erasure;

/** Jira's anonymisation, step "change the user key" (admin → JIRAUSER10100): every user-key column of the app follows. */
public class MentoringUserKeyChangeHandler implements UserKeyChangeHandler {
    private final Erasure erasure;

    public MentoringUserKeyChangeHandler(Erasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        int total = erasure.affected(parameter.getOriginal()).values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? java.util.List.of()
                : JiraAffectedEntities.of(Map.of("userKeys", total), AffectedEntityType.ANONYMIZE);
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        return JiraAffectedEntities.run(parameter.getContext(), () -> erasure.changeKey(parameter.getOriginal(), parameter.getTarget()));
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return 1;
    }
}
