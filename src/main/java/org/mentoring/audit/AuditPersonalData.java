package org.mentoring.audit;

import java.util.List;
import java.util.Map;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PersonalData;

/**
 * The audit table's part: entries keep what happened but name a former user instead of the person. Not exported
 * (it records administrators' work, not the person's mentoring).
 */
public final class AuditPersonalData implements PersonalData {
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(AuditEntryEntity.class, AuditEntryEntity.ACTOR_KEY),
            KeyColumn.of(AuditEntryEntity.class, AuditEntryEntity.SUBJECT_KEY));

    private final KeyRewrite rewrite;

    public AuditPersonalData(KeyRewrite rewrite) {
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "audit";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        return Map.of("audit.entries", rewrite.count(KEYS.get(0), userKey) + rewrite.count(KEYS.get(1), userKey));
    }

    @Override
    public Object export(String userKey) {
        return null;
    }

    @Override
    public void erase(String userKey) {
    }
}
