package org.mentoring.relationship;

import java.time.Duration;
import org.mentoring.host.ScheduledJob;

/** Every hour: unanswered proposals past their expiry date expire, which frees the pair to propose again. */
public final class ProposalExpiryJob implements ScheduledJob {
    public static final String ID = "org.mentoring.relationship.proposal-expiry";
    static final Duration EVERY = Duration.ofHours(1);
    static final int BATCH = 100;

    private final RelationshipService relationships;

    public ProposalExpiryJob(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Duration interval() {
        return EVERY;
    }

    @Override
    public String run() {
        int total = 0;
        int batch;
        do {
            batch = relationships.expireOverdue(BATCH);
            total += batch;
        } while (batch == BATCH);
        return total + " proposals expired";
    }
}
