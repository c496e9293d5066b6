package org.mentoring.relationship;

import java.time.Duration;
import java.util.Optional;
import org.mentoring.admin.MentoringScope;
import org.mentoring.error.Problems;
import org.mentoring.host.Settings;

/** Admin-configurable relationship rules, stored in the host's settings (shared by every node). */
public final class RelationshipSettings {
    static final String PROPOSAL_EXPIRY_DAYS = "org.mentoring.relationship.proposalExpiryDays";
    static final String DEFAULT_CAPACITY = "org.mentoring.relationship.defaultCapacity";
    public static final int DEFAULT_EXPIRY_DAYS = 14;
    public static final int DEFAULT_MENTOR_CAPACITY = 3;
    public static final int MAX_EXPIRY_DAYS = 365;
    public static final int MAX_CAPACITY = 50;

    private final Settings settings;
    private final MentoringScope scope;

    public RelationshipSettings(Settings settings, MentoringScope scope) {
        this.settings = settings;
        this.scope = scope;
    }

    /**
     * New mentorships start only while an administrator has mentoring switched on org-wide. Switching it off
     * stops new ones; existing relationships carry on, and their people keep their history.
     */
    public boolean newRelationshipsOpen() {
        return scope.orgWide();
    }

    public int proposalExpiryDays() {
        return read(PROPOSAL_EXPIRY_DAYS, DEFAULT_EXPIRY_DAYS, 1, MAX_EXPIRY_DAYS);
    }

    public Duration proposalLifetime() {
        return Duration.ofDays(proposalExpiryDays());
    }

    public void setProposalExpiryDays(int days) {
        new Problems().checkRange("proposalExpiryDays", days, 1, MAX_EXPIRY_DAYS).throwIfAny();
        settings.put(PROPOSAL_EXPIRY_DAYS, Integer.toString(days));
    }

    public int defaultCapacity() {
        return read(DEFAULT_CAPACITY, DEFAULT_MENTOR_CAPACITY, 0, MAX_CAPACITY);
    }

    public void setDefaultCapacity(int capacity) {
        new Problems().checkRange("defaultCapacity", capacity, 0, MAX_CAPACITY).throwIfAny();
        settings.put(DEFAULT_CAPACITY, Integer.toString(capacity));
    }

    /** A stored value that is missing, garbled or out of range falls back to the default. */
    private int read(String key, int fallback, int min, int max) {
        Optional<String> stored = settings.get(key);
        if (stored.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(stored.get().strip());
            return value < min || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
