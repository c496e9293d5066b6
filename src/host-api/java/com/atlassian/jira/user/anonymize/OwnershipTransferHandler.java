package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

/** Signature-only stub. */
public interface OwnershipTransferHandler {
    Collection<AffectedEntity> getAffectedEntities(OwnershipTransferParameter parameter);

    ServiceResult update(OwnershipTransferParameter parameter);

    int getNumberOfTasks(OwnershipTransferParameter parameter);
}
