package org.mentoring.people;

import org.mentoring.host.Settings;

/** Administrators' choices about profiles, in the host's settings (shared by every node). */
public final class PeopleSettings {
    static final String FREE_TAGS = "org.mentoring.people.freeTags";

    private final Settings settings;

    public PeopleSettings(Settings settings) {
        this.settings = settings;
    }

    /** Whether people may add skills that are not in the catalogue (as free tags). Off unless switched on. */
    public boolean freeTags() {
        return settings.get(FREE_TAGS).map(Boolean::parseBoolean).orElse(false);
    }

    public void setFreeTags(boolean allowed) {
        settings.put(FREE_TAGS, Boolean.toString(allowed));
    }
}
