package org.mentoring.privacy;

import net.java.ao.RawEntity;

/** A column of an entity that holds a user key. */
public record KeyColumn(Class<? extends RawEntity<?>> entity, String column) {
    public static KeyColumn of(Class<? extends RawEntity<?>> entity, String column) {
        return new KeyColumn(entity, column);
    }
}
