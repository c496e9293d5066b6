package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

/** Signature-only stub. */
public interface UserNameChangeHandler {
    Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter);

    ServiceResult update(UserPropertyChangeParameter parameter);

    int getNumberOfTasks(UserPropertyChangeParameter parameter);
}
