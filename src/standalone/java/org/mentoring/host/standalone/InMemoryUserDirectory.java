package org.mentoring.host.standalone;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;

/** A fixed directory of people (the standalone host's demo users, and test users). Immutable. */
public final class InMemoryUserDirectory implements UserDirectory, org.mentoring.host.PeopleSearch {
    private final Map<String, Person> people;
    private final Map<String, Person> byName;
    private final Set<String> admins;

    public InMemoryUserDirectory(Collection<Person> people, Set<String> adminKeys) {
        this.people = people.stream().collect(Collectors.toUnmodifiableMap(Person::key, Function.identity()));
        this.byName = people.stream().collect(Collectors.toUnmodifiableMap(Person::name, Function.identity()));
        this.admins = Set.copyOf(adminKeys);
    }

    @Override
    public Optional<Person> find(String userKey) {
        return Optional.ofNullable(userKey == null ? null : people.get(userKey));
    }

    @Override
    public Optional<Person> findByName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    @Override
    public List<Person> search(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return people.values().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q) || p.displayName().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparing(Person::displayName))
                .limit(limit)
                .toList();
    }

    /**
     * The active person signing in with these credentials. This is a directory of demo people, not a
     * real one: each one's password is their user name.
     */
    public Optional<Person> authenticate(String username, String password) {
        if (username == null || !username.equals(password)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(username)).filter(Person::active);
    }

    @Override
    public boolean isAdmin(String userKey) {
        return admins.contains(userKey);
    }
}
