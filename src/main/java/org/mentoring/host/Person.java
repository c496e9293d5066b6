package org.mentoring.host;

/** A user as the host knows them. {@code key} is the stable user key; {@code name} the sign-in name. */
public record Person(String key, String name, String displayName, boolean active) {
}
