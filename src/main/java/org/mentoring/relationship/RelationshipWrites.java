package org.mentoring.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.Action;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.host.Transactions;

/**
 * The one way a relationship changes: load, check access and version, let the change check its rules,
 * record the history entry (the serialization point), apply the change, keep claims in step with the
 * status, bump the revision, tell the other member, all in one transaction. A lost race (history key, capacity slot) runs again with fresh data.
 */
public final class RelationshipWrites {
    /** What a change will record, and how it changes the stored relationship. */
    record Planned(EventType type, RelationshipStatus to, String note, Visibility noteVisibility,
                   Consumer<RelationshipEntity> write) {
    }

    interface Change {
        /** Checks the change's rules against {@code before} (throwing refusals); writes nothing. */
        Planned plan(Relationship before, Role actorRole, Instant now);
    }

    private final RelationshipStore store;
    private final Transactions transactions;
    private final AccessPolicy access;
    private final MentorCapacity capacity;
    private final RelationshipNotices notices;
    private final Clock clock;

    public RelationshipWrites(RelationshipStore store, Transactions transactions, AccessPolicy access,
                       MentorCapacity capacity, RelationshipNotices notices, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.access = access;
        this.capacity = capacity;
        this.notices = notices;
        this.clock = clock;
    }

    /** {@code actorKey} null means the system (scheduled jobs); {@code expectedVersion} null skips the stale check. */
    Relationship apply(String actorKey, long id, Integer expectedVersion, Change change) {
        return transactions.execute(() -> applyOnce(actorKey, id, expectedVersion, change));
    }

    /**
     * A change the host makes on behalf of member {@code memberKey} (they left the host): recorded and told as theirs,
     * without asking whether they may still act (a deactivated person may not).
     */
    Relationship applyForMember(String memberKey, long id, Change change) {
        return transactions.execute(() -> applyOnce(memberKey, id, null, change, false));
    }

    private Relationship applyOnce(String actorKey, long id, Integer expectedVersion, Change change) {
        return applyOnce(actorKey, id, expectedVersion, change, true);
    }

    private Relationship applyOnce(String actorKey, long id, Integer expectedVersion, Change change, boolean asked) {
        RelationshipEntity entity = store.find(id).orElseThrow(() -> new NotFoundException("relationship"));
        Relationship before = RelationshipStore.toRecord(entity);
        Role role = null;
        if (actorKey != null && !asked) {
            role = before.memberRole(actorKey).orElseThrow(() -> new NotFoundException("relationship"));
        } else if (actorKey != null) {
            role = access.roleOf(actorKey, before.parties());
            if (!access.permits(role, Action.SEE_RELATIONSHIP)) {
                throw new NotFoundException("relationship");
            }
            if (!access.permits(role, Action.CHANGE_RELATIONSHIP)) {
                throw new ForbiddenException(Problem.of(null, "mentoring.relationship.membersonly"));
            }
        }
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
        }
        Instant now = clock.instant();
        Planned planned = change.plan(before, role, now);
        int revision = before.version() + 1;
        RelationshipStatus from = before.status();
        RelationshipStatus to = planned.to();
        store.appendEvent(id, revision, planned.type(), actorKey, role == null ? RelationshipStore.SYSTEM_ROLE : role.name(),
                now, from, to, planned.note(), planned.noteVisibility());
        if (to != from) {
            if (to == RelationshipStatus.ACTIVE) {
                store.claimSlot(id, before.mentorKey(), capacity.of(before.mentorKey()));
            } else if (from == RelationshipStatus.ACTIVE) {
                store.releaseSlot(id);
            }
            if (from.isLive() && !to.isLive()) {
                store.releasePair(id);
            }
            entity.setStatus(to.name());
            entity.setStatusChangedAt(now.toEpochMilli());
        }
        planned.write().accept(entity);
        entity.setRevision(revision);
        entity.save();
        Relationship after = RelationshipStore.toRecord(entity);
        notices.changed(planned.type(), actorKey, after);
        return after;
    }
}
