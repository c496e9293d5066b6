package com.atlassian.audit.entity;

/** Signature-only stub. */
public class AuditType {
    public static Builder fromI18nKeys(CoverageArea area, CoverageLevel level, String categoryI18nKey, String actionI18nKey) {
        throw new UnsupportedOperationException("stub");
    }

    /** Signature-only stub. */
    public static class Builder {
        public AuditType build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
