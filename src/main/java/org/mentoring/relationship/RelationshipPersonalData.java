package org.mentoring.relationship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.access.Visibility;
import org.mentoring.host.EntityStore;
import org.mentoring.host.UserDirectory;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PagedRows;
import org.mentoring.privacy.PersonalData;

/**
 * Relationships' part of a person's data: their relationships with agreements and history (others' private notes
 * left out), their capacity. Erasure ends what is still live, through the lifecycle (so the other member is told), and
 * removes the person's private notes; the pair's shared history stays, attributed to a former user.
 */
public final class RelationshipPersonalData implements PersonalData {
    private static final String MEMBER = PagedRows.either(RelationshipEntity.MENTOR_KEY, RelationshipEntity.MENTEE_KEY);
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(RelationshipEntity.class, RelationshipEntity.MENTOR_KEY),
            KeyColumn.of(RelationshipEntity.class, RelationshipEntity.MENTEE_KEY),
            KeyColumn.of(RelationshipEntity.class, RelationshipEntity.PROPOSER_KEY),
            KeyColumn.of(RelationshipEventEntity.class, RelationshipEventEntity.ACTOR_KEY),
            KeyColumn.of(AgreementEntity.class, AgreementEntity.UPDATED_BY),
            KeyColumn.of(ClaimEntity.class, ClaimEntity.OWNER_KEY),
            KeyColumn.of(MentorCapacityEntity.class, MentorCapacityEntity.USER_KEY));

    private final EntityStore store;
    private final RelationshipStore relationships;
    private final RelationshipService service;
    private final UserDirectory users;
    private final KeyRewrite rewrite;

    public RelationshipPersonalData(EntityStore store, RelationshipStore relationships, RelationshipService service, UserDirectory users,
                                    KeyRewrite rewrite) {
        this.store = store;
        this.relationships = relationships;
        this.service = service;
        this.users = users;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "relationships";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("relationships", store.count(RelationshipEntity.class, Query.select().where(MEMBER, userKey, userKey)));
        counts.put("relationships.history", rewrite.count(KEYS.get(3), userKey));
        counts.put("relationships.privateNotes", privateNotes(userKey).length);
        counts.put("relationships.capacity", rewrite.count(KEYS.get(6), userKey));
        return counts;
    }

    /** Relationships a page at a time; agreements and history in one statement each per page of relationships. */
    @Override
    public Object export(String userKey) {
        List<Object> out = new ArrayList<>();
        PagedRows.pages(store, RelationshipEntity.class, MEMBER, new Object[] {userKey, userKey}, page -> {
            List<Long> ids = page.stream().map(r -> (long) r.getID()).toList();
            Map<Long, List<AgreementEntity>> agreements = PagedRows.children(store, AgreementEntity.class, AgreementEntity.RELATIONSHIP_ID,
                    ids, "ID", AgreementEntity::getRelationshipId);
            Map<Long, List<RelationshipEventEntity>> events = PagedRows.children(store, RelationshipEventEntity.class,
                    RelationshipEventEntity.RELATIONSHIP_ID, ids, RelationshipEventEntity.SEQ, RelationshipEventEntity::getRelationshipId);
            for (RelationshipEntity r : page) {
                long id = r.getID();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", r.getID());
                item.put("yourRole", userKey.equals(r.getMentorKey()) ? "MENTOR" : "MENTEE");
                item.put("mentor", name(r.getMentorKey()));
                item.put("mentee", name(r.getMenteeKey()));
                item.put("kind", r.getKind());
                item.put("programId", r.getProgramId());
                item.put("status", r.getStatus());
                item.put("proposedBy", name(r.getProposerKey()));
                item.put("proposedAt", Instant.ofEpochMilli(r.getProposedAt()).toString());
                item.put("statusChangedAt", Instant.ofEpochMilli(r.getStatusChangedAt()).toString());
                List<AgreementEntity> agreement = agreements.getOrDefault(id, List.of());
                if (!agreement.isEmpty()) {
                    item.put("agreement", agreement(agreement.get(0)));
                }
                item.put("history", history(userKey, events.getOrDefault(id, List.of())));
                out.add(item);
            }
        });
        for (MentorCapacityEntity c : store.find(MentorCapacityEntity.class, Query.select().where(MentorCapacityEntity.USER_KEY + " = ?", userKey))) {
            out.add(Map.of("mentorCapacity", c.getCapacity()));
        }
        return out;
    }

    @Override
    public void erase(String userKey) {
        for (RelationshipEntity r : store.find(RelationshipEntity.class, Query.select().where(MEMBER, userKey, userKey))) {
            RelationshipStatus status = RelationshipStatus.valueOf(r.getStatus());
            Move end = switch (status) {
                case PROPOSED -> userKey.equals(r.getProposerKey()) ? Move.WITHDRAW : Move.DECLINE;
                case ACTIVE, PAUSED -> Move.END;
                default -> null;
            };
            if (end != null) {
                service.move(userKey, r.getID(), end, MoveRequest.none());
            }
        }
        for (RelationshipEventEntity e : privateNotes(userKey)) {
            e.setNote(null);
            e.setNoteVisibility(null);
            e.save();
        }
        store.deleteWithSQL(MentorCapacityEntity.class, MentorCapacityEntity.USER_KEY + " = ?", userKey);
    }

    /** Claim keys hold a hash of the members' keys: live relationships claim again under the new key. */
    @Override
    public void keyChanged(String oldKey, String newKey) {
        for (RelationshipEntity r : store.find(RelationshipEntity.class, Query.select().where(MEMBER, newKey, newKey))) {
            ClaimEntity[] claims = store.find(ClaimEntity.class, Query.select().where(ClaimEntity.RELATIONSHIP_ID + " = ?", r.getID()));
            for (ClaimEntity claim : claims) {
                store.delete(claim);
                if (RelationshipStore.SLOT.equals(claim.getKind())) {
                    relationships.claimSlot(r.getID(), r.getMentorKey(), Integer.MAX_VALUE);
                } else {
                    relationships.claimPair(r.getID(), r.getMentorKey(), r.getMenteeKey());
                }
            }
        }
    }

    private RelationshipEventEntity[] privateNotes(String userKey) {
        return store.find(RelationshipEventEntity.class, Query.select().where(RelationshipEventEntity.ACTOR_KEY + " = ? AND "
                + RelationshipEventEntity.NOTE_VISIBILITY + " = ?", userKey, Visibility.PRIVATE.name()));
    }

    private List<Object> history(String userKey, List<RelationshipEventEntity> events) {
        List<Object> out = new ArrayList<>();
        for (RelationshipEventEntity e : events) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("event", e.getType());
            entry.put("by", name(e.getActorKey()));
            entry.put("at", Instant.ofEpochMilli(e.getOccurredAt()).toString());
            entry.put("to", e.getToStatus());
            boolean visible = e.getNoteVisibility() != null
                    && (!Visibility.PRIVATE.name().equals(e.getNoteVisibility()) || userKey.equals(e.getActorKey()));
            if (visible && e.getNote() != null) {
                entry.put("note", e.getNote());
                entry.put("noteVisibility", e.getNoteVisibility());
            }
            out.add(entry);
        }
        return out;
    }

    private static Map<String, Object> agreement(AgreementEntity a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("objectives", a.getObjectives());
        out.put("cadence", a.getCadence());
        out.put("channel", a.getChannel());
        out.put("confidentiality", a.getConfidentiality());
        out.put("startDate", a.getStartDate());
        out.put("plannedEndDate", a.getPlannedEndDate());
        return out;
    }

    private String name(String key) {
        return key == null ? null : users.find(key).map(p -> p.displayName()).orElse(key);
    }
}
