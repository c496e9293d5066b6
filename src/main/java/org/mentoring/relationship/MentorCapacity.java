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
