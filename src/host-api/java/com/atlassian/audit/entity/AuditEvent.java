package com.atlassian.audit.entity;

/** Signature-only stub. */
public class AuditEvent {
    public static Builder builder(AuditType type) {
        throw new UnsupportedOperationException("stub");
    }

    /** Signature-only stub. */
    public static class Builder {
        public Builder extraAttribute(AuditAttribute attribute) {
            throw new UnsupportedOperationException("stub");
        }

        public AuditEvent build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
