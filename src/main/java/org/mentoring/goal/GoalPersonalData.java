package org.mentoring.goal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.access.Visibility;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PagedRows;
import org.mentoring.privacy.PersonalData;

/**
 * Goals' part of a person's data: the goals of their relationships with milestones, evidence and check-ins (others'
 * private check-in notes left out). Erasure removes the person's private check-in notes; the pair's goals stay.
 */
public final class GoalPersonalData implements PersonalData {
    private static final String MEMBER = PagedRows.either(GoalEntity.MENTOR_KEY, GoalEntity.MENTEE_KEY);
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(GoalEntity.class, GoalEntity.OWNER_KEY),
            KeyColumn.of(GoalEntity.class, GoalEntity.MENTOR_KEY),
            KeyColumn.of(GoalEntity.class, GoalEntity.MENTEE_KEY),
            KeyColumn.of(GoalEventEntity.class, GoalEventEntity.ACTOR_KEY),
            KeyColumn.of(GoalCheckInEntity.class, GoalCheckInEntity.AUTHOR_KEY),
            KeyColumn.of(GoalEvidenceEntity.class, GoalEvidenceEntity.ADDED_BY));

    private final EntityStore store;
    private final KeyRewrite rewrite;

    public GoalPersonalData(EntityStore store, KeyRewrite rewrite) {
        this.store = store;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "goals";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("goals", store.count(GoalEntity.class, Query.select().where(MEMBER, userKey, userKey)));
        counts.put("goals.checkIns", rewrite.count(KEYS.get(4), userKey));
        counts.put("goals.privateNotes", privateNotes(userKey).length);
        counts.put("goals.evidence", rewrite.count(KEYS.get(5), userKey));
        return counts;
    }

    /** Goals a page at a time; milestones, evidence and check-ins in one statement each per page of goals. */
    @Override
    public Object export(String userKey) {
        List<Object> out = new ArrayList<>();
        PagedRows.pages(store, GoalEntity.class, MEMBER, new Object[] {userKey, userKey}, goals -> {
            List<Long> ids = goals.stream().map(g -> (long) g.getID()).toList();
            Map<Long, List<GoalMilestoneEntity>> milestones = PagedRows.children(store, GoalMilestoneEntity.class, GoalMilestoneEntity.GOAL_ID, ids,
                    GoalMilestoneEntity.POSITION + ", ID", GoalMilestoneEntity::getGoalId);
            Map<Long, List<GoalEvidenceEntity>> evidence = PagedRows.children(store, GoalEvidenceEntity.class, GoalEvidenceEntity.GOAL_ID, ids,
                    "ID", GoalEvidenceEntity::getGoalId);
            Map<Long, List<GoalCheckInEntity>> checkIns = PagedRows.children(store, GoalCheckInEntity.class, GoalCheckInEntity.GOAL_ID, ids,
                    GoalCheckInEntity.RECORDED_AT + ", ID", GoalCheckInEntity::getGoalId);
            for (GoalEntity g : goals) {
                long id = g.getID();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", g.getID());
                item.put("relationshipId", g.getRelationshipId());
                item.put("title", g.getTitle());
                item.put("description", g.getDescription());
                item.put("successCriteria", g.getSuccessCriteria());
                item.put("targetDate", g.getTargetDate());
                item.put("status", g.getStatus());
                item.put("progress", g.getProgress());
                item.put("milestones", milestones.getOrDefault(id, List.of()).stream()
                        .map(m -> (Object) Map.of("title", m.getTitle(), "done", m.getDone())).toList());
                List<Object> proofs = new ArrayList<>();
                for (GoalEvidenceEntity e : evidence.getOrDefault(id, List.of())) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("kind", e.getKind());
                    one.put("ref", e.getRef());
                    one.put("label", e.getLabel());
                    proofs.add(one);
                }
                item.put("evidence", proofs);
                List<Object> recorded = new ArrayList<>();
                for (GoalCheckInEntity c : checkIns.getOrDefault(id, List.of())) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("checkedOn", c.getCheckedOn());
                    one.put("progress", c.getProgress());
                    one.put("yours", userKey.equals(c.getAuthorKey()));
                    boolean visible = !Visibility.PRIVATE.name().equals(c.getNoteVisibility()) || userKey.equals(c.getAuthorKey());
                    if (visible && c.getNote() != null) {
                        one.put("note", c.getNote());
                    }
                    one.put("recordedAt", Instant.ofEpochMilli(c.getRecordedAt()).toString());
                    recorded.add(one);
                }
                item.put("checkIns", recorded);
                out.add(item);
            }
        });
        return out;
    }

    @Override
    public void erase(String userKey) {
        for (GoalCheckInEntity c : privateNotes(userKey)) {
            c.setNote(null);
            c.save();
        }
    }

    private GoalCheckInEntity[] privateNotes(String userKey) {
        return store.find(GoalCheckInEntity.class, Query.select().where(GoalCheckInEntity.AUTHOR_KEY + " = ? AND "
                + GoalCheckInEntity.NOTE_VISIBILITY + " = ? AND " + GoalCheckInEntity.NOTE + " IS NOT NULL", userKey, Visibility.PRIVATE.name()));
    }
}
