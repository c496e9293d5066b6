package com.atlassian.scheduler.config;

/** Stub with the real factory and value semantics. */
public final class JobRunnerKey implements java.io.Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;
    private final String key;

    private JobRunnerKey(String key) {
        this.key = java.util.Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return key;
    }
}
