package com.atlassian.scheduler.config;

/** Stub with the real factory and value semantics. */
public final class JobId implements java.io.Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String id;

    private JobId(String id) {
        this.id = java.util.Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
