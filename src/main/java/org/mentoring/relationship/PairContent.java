package org.mentoring.relationship;

import java.util.function.Supplier;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.Action;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.error.DomainException;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/**
 * The one way to content inside a relationship (goals, sessions, feedback): the relationship as the caller sees it
 * and their role in it, the access policy's answer, and writes run in one transaction that starts again with fresh
 * data when it lost a race to a concurrent writer. Each feature keeps only its own rules and input.
 */
public final class PairContent {
    private final RelationshipService relationships;
    private final AccessPolicy access;
    private final Transactions transactions;

    public PairContent(RelationshipService relationships, AccessPolicy access, Transactions transactions) {
        this.relationships = relationships;
        this.access = access;
        this.transactions = transactions;
    }

    /** The relationship as {@code callerKey} sees it (not found for anyone who may not know of it). */
    public RelationshipService.Viewed view(String callerKey, long relationshipId) {
        return relationships.view(callerKey, relationshipId);
    }

    /**
     * The relationship, if {@code viewerKey} may read its {@code visibility} content; otherwise {@code thing} is not
     * found, exactly as when the relationship does not exist.
     */
    public RelationshipService.Viewed reader(String viewerKey, long relationshipId, Visibility visibility, String thing) {
        RelationshipService.Viewed viewed;
        try {
            viewed = relationships.view(viewerKey, relationshipId);
        } catch (NotFoundException e) {
            throw new NotFoundException(thing);
        }
        return reader(viewed, visibility, thing);
    }

    /** The same for a relationship the caller already viewed. */
    public RelationshipService.Viewed reader(RelationshipService.Viewed viewed, Visibility visibility, String thing) {
        if (!reads(viewed, visibility)) {
            throw new NotFoundException(thing);
        }
        return viewed;
    }

    /** Whether the viewer reads the relationship's {@code visibility} content (not counting what they wrote themselves). */
    public boolean reads(RelationshipService.Viewed viewed, Visibility visibility) {
        return access.permits(viewed.role(), Action.SEE_CONTENT, visibility, false);
    }

    /** The access policy's answer for one piece of content; {@code author}: the caller wrote it. */
    public boolean permits(Role role, Action action, Visibility visibility, boolean author) {
        return access.permits(role, action, visibility, author);
    }

    /** Whether {@code role} may do {@code action} at all (adding content: the members). */
    public boolean permits(Role role, Action action) {
        return access.permits(role, action);
    }

    /**
     * Runs {@code work} in one transaction. A write the database refused because a concurrent writer got there first
     * (a unique key taken, a serialization failure, a deadlock victim) runs again from the start, so its rules are
     * checked against what the winner wrote; after a bounded number of tries the caller gets 409. Refusals of the
     * app's own rules are never retried.
     */
    public <T> T write(Supplier<T> work) {
        return ConcurrentWrites.retrying(() -> transactions.execute(work),
                e -> !(e instanceof DomainException) && StoreException.isConcurrentWriteConflict(e));
    }
}
