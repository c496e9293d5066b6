package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

/** Signature-only stub. */
public interface UserAnonymizationHandler {
    Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter);

    ServiceResult update(UserAnonymizationParameter parameter);

    int getNumberOfTasks(UserAnonymizationParameter parameter);
}
