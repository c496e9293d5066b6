package com.atlassian.audit.entity;

/** Signature-only stub. */
public class AuditAttribute {
    public static Builder fromI18nKeys(String nameI18nKey, String value) {
        throw new UnsupportedOperationException("stub");
    }

    /** Signature-only stub. */
    public static class Builder {
        public AuditAttribute build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
