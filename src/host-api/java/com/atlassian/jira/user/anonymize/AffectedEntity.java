package com.atlassian.jira.user.anonymize;

/** Signature-only stub. */
public final class AffectedEntity {
    private AffectedEntity() {
    }

    public static Builder newBuilder(AffectedEntityType type) {
        throw new UnsupportedOperationException("stub");
    }

    /** Signature-only stub. */
    public static final class Builder {
        private Builder() {
        }

        public Builder descriptionKey(String key) {
            throw new UnsupportedOperationException("stub");
        }

        public Builder numberOfOccurrences(Long count) {
            throw new UnsupportedOperationException("stub");
        }

        public AffectedEntity build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
