package org.mentoring.relationship;

import java.util.Map;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.host.EntityStore;
import org.mentoring.host.UserDirectory;

/** How many active mentees a mentor takes: their own limit, else the global default. */
public final class MentorCapacity {
    private final EntityStore store;
    private final RelationshipSettings settings;
    private final UserDirectory users;

    public MentorCapacity(EntityStore store, RelationshipSettings settings, UserDirectory users) {
        this.store = store;
        this.settings = settings;
        this.users = users;
    }

    /** A mentor's limit and how many active mentees take up their slots now. */
    public record Load(int capacity, int active) {
        public boolean hasRoom() {
            return active < capacity;
        }
    }

    /**
     * The load of each of {@code mentorKeys}, in two statements (their own limits, their taken slots) whatever their
     * number, and the default limit's setting when one of them has none; everyone asked is in the answer.
     */
    public Map<String, Load> loads(java.util.Collection<String> mentorKeys) {
        if (mentorKeys.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(mentorKeys.size(), "?"));
        Map<String, Integer> own = new java.util.HashMap<>();
        for (MentorCapacityEntity e : store.find(MentorCapacityEntity.class, net.java.ao.Query.select()
                .where(MentorCapacityEntity.USER_KEY + " IN (" + marks + ")", mentorKeys.toArray()))) {
            own.put(e.getUserKey(), e.getCapacity());
        }
        Map<String, Integer> active = new java.util.HashMap<>();
        Object[] params = java.util.stream.Stream.concat(java.util.stream.Stream.of(RelationshipStore.SLOT), mentorKeys.stream()).toArray();
        for (ClaimEntity c : store.find(ClaimEntity.class, net.java.ao.Query.select("ID, " + ClaimEntity.OWNER_KEY)
                .where(ClaimEntity.KIND + " = ? AND " + ClaimEntity.OWNER_KEY + " IN (" + marks + ")", params))) {
            active.merge(c.getOwnerKey(), 1, Integer::sum);
        }
        // The default is read only when someone has no limit of their own (one statement fewer otherwise).
        Integer fallback = own.keySet().containsAll(mentorKeys) ? null : settings.defaultCapacity();
        Map<String, Load> loads = new java.util.HashMap<>();
        for (String key : mentorKeys) {
            Integer limit = own.get(key);
            loads.put(key, new Load(limit != null ? limit : fallback, active.getOrDefault(key, 0)));
        }
        return loads;
    }

    public int of(String mentorKey) {
        MentorCapacityEntity[] rows = store.find(MentorCapacityEntity.class, MentorCapacityEntity.USER_KEY + " = ?", mentorKey);
        return rows.length == 0 ? settings.defaultCapacity() : rows[0].getCapacity();
    }

    /** A mentor sets their own limit; an administrator may set anyone's. */
    public void set(String actorKey, String mentorKey, int capacity) {
        if (actorKey == null || !(actorKey.equals(mentorKey) || users.isAdmin(actorKey))) {
            throw new ForbiddenException(Problem.of(null, "mentoring.capacity.forbidden"));
        }
        new Problems().checkRange("capacity", capacity, 0, RelationshipSettings.MAX_CAPACITY).throwIfAny();
        MentorCapacityEntity[] rows = store.find(MentorCapacityEntity.class, MentorCapacityEntity.USER_KEY + " = ?", mentorKey);
        if (rows.length > 0) {
            rows[0].setCapacity(capacity);
            rows[0].save();
            return;
        }
        store.create(MentorCapacityEntity.class, Map.of(
                MentorCapacityEntity.USER_KEY, mentorKey,
                MentorCapacityEntity.CAPACITY, capacity));
    }
}
