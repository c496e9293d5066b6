package com.atlassian.beehive;

/** Signature-only stub. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
