package com.atlassian.beehive;

/** Signature-only stub. */
public interface ClusterLock extends java.util.concurrent.locks.Lock {
}
