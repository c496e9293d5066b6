package org.mentoring.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.PersonalData;

/**
 * Choosing's part of a person's data: the applications they sent or received in programs (with the applicant's note,
 * which both of them read). Erasure withdraws every open one naming them and deletes the notes they wrote; the closed
 * applications stay as the other person's history, re-keyed. Claims name enrolment ids only.
 */
public final class ApplicationPersonalData implements PersonalData {
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(ApplicationEntity.class, ApplicationEntity.MENTOR_KEY),
            KeyColumn.of(ApplicationEntity.class, ApplicationEntity.MENTEE_KEY));

    private final EntityStore store;
    private final ApplicationService applications;
    public ApplicationPersonalData(EntityStore store, ApplicationService applications) {
        this.store = store;
        this.applications = applications;
    }

    @Override
    public String part() {
        return "programApplications";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        int sent = 0;
        int received = 0;
        for (ApplicationEntity e : naming(userKey)) {
            if (userKey.equals(ApplicationStore.toRecord(e).applicantKey())) {
                sent++;
            } else {
                received++;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("programApplications.sent", sent);
        counts.put("programApplications.received", received);
        return counts;
    }

    @Override
    public Object export(String userKey) {
        List<Object> out = new ArrayList<>();
        for (ApplicationEntity e : naming(userKey)) {
            Application a = ApplicationStore.toRecord(e);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("programId", a.programId());
            item.put("role", userKey.equals(a.applicantKey()) ? "APPLICANT" : "CHOOSER");
            item.put("mentorKey", a.mentorKey());
            item.put("menteeKey", a.menteeKey());
            item.put("status", a.status().name());
            item.put("reason", a.reason());
            item.put("note", a.note());
            item.put("appliedAt", a.appliedAt().toString());
            item.put("decidedAt", a.decidedAt() == null ? null : a.decidedAt().toString());
            item.put("relationshipId", a.relationshipId());
            out.add(item);
        }
        return Map.of("applications", out);
    }

    @Override
    public void erase(String userKey) {
        applications.withdrawAllOf(userKey);
        for (ApplicationEntity e : naming(userKey)) {
            if (userKey.equals(ApplicationStore.toRecord(e).applicantKey()) && e.getNote() != null) {
                e.setNote(null);
                e.save();
            }
        }
    }

    private ApplicationEntity[] naming(String userKey) {
        return store.find(ApplicationEntity.class, Query.select().where(ApplicationEntity.MENTOR_KEY + " = ? OR "
                + ApplicationEntity.MENTEE_KEY + " = ?", userKey, userKey).order("ID"));
    }
}
