package org.mentoring.people;

import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;

/** A person in API responses. An unknown key (a deleted user) still shows, with the key as name. */
public record UserJson(String key, String name, String displayName, boolean active) {
    public static UserJson of(Person p) {
        return new UserJson(p.key(), p.name(), p.displayName(), p.active());
    }

    public static UserJson lookup(UserDirectory users, String key) {
        return users.find(key).map(UserJson::of).orElseGet(() -> new UserJson(key, key, key, false));
    }
}
