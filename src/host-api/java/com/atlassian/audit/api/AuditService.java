package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

/** Signature-only stub. */
public interface AuditService {
    void audit(AuditEvent event);
}
