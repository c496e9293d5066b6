package com.atlassian.beehive;

/** Signature-only stub [V usage: a java.util.concurrent.locks.Lock; callers use tryLock(long, TimeUnit) and unlock()]. */
public interface ClusterLock extends java.util.concurrent.locks.Lock {
}
