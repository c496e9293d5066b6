package org.mentoring.host.audit;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import java.util.Map;
import java.util.TreeMap;
import org.mentoring.host.AuditLog;

/**
 * The app's administrative changes in Jira's and Confluence's audit log, through Atlassian's audit API: the host
 * records who did it and when; the app adds what (an i18n key per action) and short attributes.
 */
public final class AtlassianAuditLog implements AuditLog {
    static final String CATEGORY = "mentoring.audit.category";
    static final String ACTION_PREFIX = "mentoring.audit.action.";
    static final String ATTRIBUTE_PREFIX = "mentoring.audit.attribute.";

    private final AuditService auditService;

    public AtlassianAuditLog(AuditService auditService) {
        this.auditService = auditService;
    }

    @Override
    public void record(Entry entry) {
        AuditEvent.Builder event = AuditEvent.builder(AuditType.fromI18nKeys(CoverageArea.LOCAL_CONFIG_AND_ADMINISTRATION,
                CoverageLevel.BASE, CATEGORY, ACTION_PREFIX + entry.action()).build());
        if (entry.subjectKey() != null) {
            event.extraAttribute(AuditAttribute.fromI18nKeys(ATTRIBUTE_PREFIX + "user", entry.subjectKey()).build());
        }
        for (Map.Entry<String, String> detail : new TreeMap<>(entry.details()).entrySet()) {
            event.extraAttribute(AuditAttribute.fromI18nKeys(ATTRIBUTE_PREFIX + detail.getKey(), detail.getValue()).build());
        }
        auditService.audit(event.build());
    }
}
