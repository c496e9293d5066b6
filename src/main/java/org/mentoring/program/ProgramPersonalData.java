package org.mentoring.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.OwnedData;
import org.mentoring.privacy.PagedRows;
import org.mentoring.privacy.PersonalData;

/**
 * Programs' part of a person's data: their enrolments (with their answers and status changes), the programs they
 * manage, matching runs, pairs and rules that name them, their choices to go on informally after a program, and the
 * program-end reminders sent to them. Erasure keeps enrolments (program reports count them) without the person's
 * answers, drops their manager appointments, the pairs of unpublished runs and the rules that name them (a manager's
 * draft about them), their continue choices and end reminders; published runs and enrolment changes stay as shared
 * history, re-keyed. Handing programs to another manager is the ownership transfer.
 */
public final class ProgramPersonalData implements PersonalData, OwnedData {
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(ProgramManagerEntity.class, ProgramManagerEntity.USER_KEY),
            KeyColumn.of(ProgramEnrolmentEntity.class, ProgramEnrolmentEntity.USER_KEY),
            KeyColumn.of(ProgramEnrolmentEntity.class, ProgramEnrolmentEntity.DECIDED_BY),
            KeyColumn.of(ProgramEventEntity.class, ProgramEventEntity.ACTOR_KEY),
            KeyColumn.of(EnrolmentChangeEntity.class, EnrolmentChangeEntity.ACTOR_KEY),
            KeyColumn.of(MatchRunEntity.class, MatchRunEntity.RAN_BY),
            KeyColumn.of(MatchRunEntity.class, MatchRunEntity.PUBLISHED_BY),
            KeyColumn.of(MatchPairEntity.class, MatchPairEntity.MENTEE_KEY),
            KeyColumn.of(MatchPairEntity.class, MatchPairEntity.MENTOR_KEY),
            KeyColumn.of(MatchRuleEntity.class, MatchRuleEntity.MENTEE_KEY),
            KeyColumn.of(MatchRuleEntity.class, MatchRuleEntity.MENTOR_KEY),
            KeyColumn.of(MatchRuleEntity.class, MatchRuleEntity.MADE_BY),
            KeyColumn.of(ContinuationEntity.class, ContinuationEntity.USER_KEY));

    private final EntityStore store;
    private final ProgramManagers managers;
    private final KeyRewrite rewrite;

    public ProgramPersonalData(EntityStore store, ProgramManagers managers, KeyRewrite rewrite) {
        this.store = store;
        this.managers = managers;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "programs";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("programs.managed", owned(userKey));
        counts.put("programs.enrolments", rewrite.count(KEYS.get(1), userKey));
        counts.put("programs.history", rewrite.count(KEYS.get(3), userKey) + rewrite.count(KEYS.get(4), userKey));
        counts.put("programs.matchingRuns", rewrite.count(KEYS.get(5), userKey) + rewrite.count(KEYS.get(6), userKey));
        counts.put("programs.matchedPairs", pairsNaming(userKey).length);
        counts.put("programs.matchingRules", rulesNaming(userKey).length);
        counts.put("programs.continueChoices", rewrite.count(KEYS.get(12), userKey));
        counts.put("programs.endReminders", endReminders(userKey).size());
        return counts;
    }

    @Override
    public Object export(String userKey) {
        List<Object> enrolments = new ArrayList<>();
        PagedRows.pages(store, ProgramEnrolmentEntity.class, ProgramEnrolmentEntity.USER_KEY + " = ?", new Object[] {userKey}, page -> {
            Map<Long, List<EnrolmentChangeEntity>> changes = PagedRows.children(store, EnrolmentChangeEntity.class,
                    EnrolmentChangeEntity.ENROLMENT_ID, page.stream().map(e -> (long) e.getID()).toList(), "ID",
                    EnrolmentChangeEntity::getEnrolmentId);
            for (ProgramEnrolmentEntity e : page) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("programId", e.getProgramId());
                item.put("status", e.getStatus());
                item.put("capacity", e.getCapacity());
                item.put("answers", e.getAnswers());
                item.put("enrolledAt", Instant.ofEpochMilli(e.getEnrolledAt()).toString());
                List<Object> made = new ArrayList<>();
                for (EnrolmentChangeEntity c : changes.getOrDefault((long) e.getID(), List.of())) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("from", c.getFromStatus());
                    change.put("to", c.getToStatus());
                    change.put("byThePerson", userKey.equals(c.getActorKey()));
                    change.put("at", Instant.ofEpochMilli(c.getOccurredAt()).toString());
                    made.add(change);
                }
                item.put("changes", made);
                enrolments.add(item);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enrolments", enrolments);
        out.put("managedProgramIds", managers.programsOf(userKey));
        // Their own choices only; matching's scores are the managers' working material about several people.
        out.put("continueInformallyRelationshipIds", java.util.Arrays.stream(store.find(ContinuationEntity.class, Query.select()
                .where(ContinuationEntity.USER_KEY + " = ?", userKey).order("ID"))).map(ContinuationEntity::getRelationshipId).toList());
        return out;
    }

    @Override
    public void erase(String userKey) {
        for (ProgramEnrolmentEntity e : store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.USER_KEY + " = ?", userKey))) {
            e.setAnswers(null);
            e.save();
        }
        store.deleteWithSQL(ProgramManagerEntity.class, ProgramManagerEntity.USER_KEY + " = ?", userKey);
        // A run not yet published is a manager's draft: its pairs naming the person go (the next run will not have
        // them); published runs made proposals, so their pairs stay, re-keyed.
        Set<Long> runs = new HashSet<>();
        MatchPairEntity[] pairs = pairsNaming(userKey);
        for (MatchPairEntity p : pairs) {
            runs.add(p.getRunId());
        }
        Set<Long> unpublished = new HashSet<>();
        if (!runs.isEmpty()) {
            for (MatchRunEntity r : store.find(MatchRunEntity.class, Query.select().where("ID IN (" + marks(runs.size()) + ") AND "
                    + MatchRunEntity.PUBLISHED_AT + " IS NULL", runs.toArray()))) {
                unpublished.add((long) r.getID());
            }
        }
        for (MatchPairEntity p : pairs) {
            if (unpublished.contains(p.getRunId())) {
                store.deleteWithSQL(MatchPairEntity.class, "ID = ?", p.getID());
            }
        }
        store.deleteWithSQL(MatchRuleEntity.class, MatchRuleEntity.MENTEE_KEY + " = ? OR " + MatchRuleEntity.MENTOR_KEY + " = ?",
                userKey, userKey);
        store.deleteWithSQL(ContinuationEntity.class, ContinuationEntity.USER_KEY + " = ?", userKey);
        for (ProgramEndReminderEntity r : endReminders(userKey)) {
            store.deleteWithSQL(ProgramEndReminderEntity.class, "ID = ?", r.getID());
        }
    }

    /** The enrolment's unique key embeds the user key. */
    @Override
    public void keyChanged(String oldKey, String newKey) {
        for (ProgramEnrolmentEntity e : store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.USER_KEY + " = ?", newKey))) {
            e.setEnrolKey(EnrolmentStore.key(e.getProgramId(), newKey));
            e.save();
        }
        for (ContinuationEntity c : store.find(ContinuationEntity.class, Query.select()
                .where(ContinuationEntity.USER_KEY + " = ?", newKey))) {
            c.setChoiceKey(ProgramEndStore.choiceKey(c.getRelationshipId(), newKey));
            c.save();
        }
        for (MatchRuleEntity r : store.find(MatchRuleEntity.class, Query.select().where(MatchRuleEntity.MENTEE_KEY + " = ? OR "
                + MatchRuleEntity.MENTOR_KEY + " = ?", newKey, newKey))) {
            r.setRuleKey(MatchingStore.ruleKey(r.getProgramId(), r.getMenteeKey(), r.getMentorKey()));
            r.save();
        }
        // "programId:endsOn:relationshipId:userKey": the reminder is sent once per occurrence, whatever the person's key.
        for (ProgramEndReminderEntity r : endReminders(oldKey)) {
            String key = r.getReminderKey();
            r.setReminderKey(key.substring(0, key.length() - oldKey.length()) + newKey);
            r.save();
        }
        // Appointments and removals name the manager in the history's note.
        for (ProgramEventEntity e : store.find(ProgramEventEntity.class, Query.select().where(
                ProgramEventEntity.TYPE + " = ? OR " + ProgramEventEntity.TYPE + " = ?", "APPOINT", "REMOVE"))) {
            if (oldKey.equals(e.getNote())) {
                e.setNote(newKey);
                e.save();
            }
        }
    }

    @Override
    public int owned(String userKey) {
        return rewrite.count(KEYS.get(0), userKey);
    }

    @Override
    public int transfer(String fromKey, String toKey) {
        int moved = 0;
        for (long programId : managers.programsOf(fromKey)) {
            managers.remove(programId, fromKey);
            if (!managers.isManager(programId, toKey)) {
                managers.appoint(programId, toKey);
            }
            moved++;
        }
        return moved;
    }

    private MatchPairEntity[] pairsNaming(String userKey) {
        return store.find(MatchPairEntity.class, Query.select().where(
                PagedRows.either(MatchPairEntity.MENTEE_KEY, MatchPairEntity.MENTOR_KEY), userKey, userKey));
    }

    private MatchRuleEntity[] rulesNaming(String userKey) {
        return store.find(MatchRuleEntity.class, Query.select().where(
                PagedRows.either(MatchRuleEntity.MENTEE_KEY, MatchRuleEntity.MENTOR_KEY), userKey, userKey));
    }

    /**
     * End reminders sent to the person: their key ends the reminder's key. LIKE narrows (a key's own "_" or "%" only
     * widens it), the suffix test decides.
     */
    private List<ProgramEndReminderEntity> endReminders(String userKey) {
        String suffix = ":" + userKey;
        return java.util.Arrays.stream(store.find(ProgramEndReminderEntity.class, Query.select()
                        .where(ProgramEndReminderEntity.REMINDER_KEY + " LIKE ?", "%" + suffix)))
                .filter(r -> r.getReminderKey().endsWith(suffix)).toList();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
