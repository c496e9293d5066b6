package org.mentoring.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Query;
import org.mentoring.host.AuditLog;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** The audit log in the app's own table, newest first: the standalone host's, shown on the administrators' audit page. */
public final class StoredAuditLog implements AuditLog {
    private final EntityStore store;
    private final Clock clock;

    public StoredAuditLog(EntityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An entry as the audit page shows it. */
    public record Recorded(long id, String action, String actorKey, String subjectKey, Map<String, String> details, String at) {
    }

    @Override
    public void record(Entry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditEntryEntity.ACTION, entry.action());
        values.put(AuditEntryEntity.ACTOR_KEY, entry.actorKey());
        values.put(AuditEntryEntity.SUBJECT_KEY, entry.subjectKey());
        values.put(AuditEntryEntity.DETAILS, details(entry.details()));
        values.put(AuditEntryEntity.OCCURRED_AT, clock.millis());
        store.create(AuditEntryEntity.class, values);
    }

    /** One page of entries, newest first (two statements whatever the log's size). */
    public Page<Recorded> list(PageRequest page) {
        AuditEntryEntity[] rows = store.find(AuditEntryEntity.class, Query.select()
                .order(AuditEntryEntity.OCCURRED_AT + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt()));
        List<Recorded> values = new ArrayList<>();
        for (AuditEntryEntity e : rows) {
            values.add(new Recorded(e.getID(), e.getAction(), e.getActorKey(), e.getSubjectKey(), parse(e.getDetails()),
                    Instant.ofEpochMilli(e.getOccurredAt()).toString()));
        }
        return Page.counted(page, values, () -> store.count(AuditEntryEntity.class, Query.select()));
    }

    static String details(Map<String, String> details) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(details).forEach((k, v) -> text.append(k).append('=').append(v == null ? "" : v.replace('\n', ' ')).append('\n'));
        return text.toString();
    }

    static Map<String, String> parse(String details) {
        Map<String, String> values = new LinkedHashMap<>();
        if (details != null) {
            for (String line : details.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return values;
    }
}
