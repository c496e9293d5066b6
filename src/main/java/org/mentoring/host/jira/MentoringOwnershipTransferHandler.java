package org.mentoring.host.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.OwnershipTransferHandler;
import com.atlassian.jira.user.anonymize.OwnershipTransferParameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mentoring.privacy.Erasure;

/** Jira's anonymisation, step "transfer ownership": the programs the person manages move to the user the administrator chose. */
public class MentoringOwnershipTransferHandler implements OwnershipTransferHandler {
    static final String KIND = "programs.managed";
    private final Erasure erasure;

    public MentoringOwnershipTransferHandler(Erasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(OwnershipTransferParameter parameter) {
        int owned = erasure.owned(parameter.getCurrentUserKey());
        return owned == 0 ? List.of() : JiraAffectedEntities.of(Map.of(KIND, owned), AffectedEntityType.TRANSFER_OWNERSHIP);
    }

    @Override
    public ServiceResult update(OwnershipTransferParameter parameter) {
        return JiraAffectedEntities.run(parameter.getContext(),
                () -> erasure.transferOwnership(null, parameter.getCurrentUserKey(), parameter.getTransferredToUserKey()));
    }

    @Override
    public int getNumberOfTasks(OwnershipTransferParameter parameter) {
        return 1;
    }
}
