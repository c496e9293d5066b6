package com.atlassian.beehive;

/** Signature-only stub [V usage: Jira's DefaultStatusManager, AO's DataSourceProviderActiveObjectsFactory call getLockForName]. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName); // [V] usage: clusterLockService.getLockForName(LOCK_NAME)
}
