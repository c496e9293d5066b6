package org.mentoring.host.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import java.util.Collection;
import org.mentoring.privacy.Erasure;

/**
 * Jira's anonymisation, step "delete or anonymise personal data": the person's private notes, profile and inbox go,
 * their live relationships end (each other member is told). Their key is replaced afterwards, by
 * {@link MentoringUserKeyChangeHandler}.
 */
public class MentoringUserAnonymizationHandler implements UserAnonymizationHandler {
    private final Erasure erasure;

    public MentoringUserAnonymizationHandler(Erasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        // Programs the person manages are the ownership transfer's to report (and move).
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>(erasure.affected(parameter.getUserKey()));
        counts.remove(MentoringOwnershipTransferHandler.KIND);
        return JiraAffectedEntities.of(counts, AffectedEntityType.ANONYMIZE);
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        return JiraAffectedEntities.run(parameter.getContext(), () -> erasure.eraseKeepingKey(parameter.getUserKey()));
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        return 1;
    }
}
