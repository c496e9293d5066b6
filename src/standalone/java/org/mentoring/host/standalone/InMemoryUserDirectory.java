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

/**
 * A fixed set of people (the standalone host's demo users, and test users) whose active flag an administrator may
 * change ({@link #setActive}), as deactivating a user in Jira or Confluence does. The flag lives in this node's
 * memory, like the people themselves: a demo directory, not a shared one (see docs/host-assumptions.md).
 */
public final class InMemoryUserDirectory implements UserDirectory, org.mentoring.host.PeopleSearch {
    private final Map<String, Person> people;
    private final Map<String, String> keysByName;
    private final Set<String> admins;

    public InMemoryUserDirectory(Collection<Person> people, Set<String> adminKeys) {
        this.people = new java.util.concurrent.ConcurrentHashMap<>(people.stream()
                .collect(Collectors.toMap(Person::key, Function.identity())));
        this.keysByName = people.stream().collect(Collectors.toUnmodifiableMap(Person::name, Person::key));
        this.admins = Set.copyOf(adminKeys);
    }

    /**
     * Deactivates or reactivates {@code userKey}; answers the person as they are now and whether this changed them
     * (false: already so), or empty for nobody by that key.
     */
    public Optional<Change> setActive(String userKey, boolean active) {
        if (userKey == null || !people.containsKey(userKey)) {
            return Optional.empty();
        }
        Person[] before = new Person[1];
        Person after = people.computeIfPresent(userKey, (k, p) -> {
            before[0] = p;
            return new Person(p.key(), p.name(), p.displayName(), active);
        });
        return Optional.of(new Change(after, before[0].active() != active));
    }

    /** A person after {@link #setActive}, and whether their active flag changed. */
    public record Change(Person person, boolean changed) {
    }

    /** Everyone whose name or display name contains {@code query} (everyone for a blank one), by display name, one page. */
    public org.mentoring.paging.Page<Person> list(String query, org.mentoring.paging.PageRequest page) {
        List<Person> all = matching(query == null ? "" : query).toList();
        return new org.mentoring.paging.Page<>(page.startAt(), page.maxResults(), all.size(),
                all.subList(Math.min(page.startAt(), all.size()), Math.min(page.startAt() + page.maxResults(), all.size())));
    }

    private java.util.stream.Stream<Person> matching(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return people.values().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q) || p.displayName().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparing(Person::displayName).thenComparing(Person::key));
    }

    @Override
    public Optional<Person> find(String userKey) {
        return Optional.ofNullable(userKey == null ? null : people.get(userKey));
    }

    @Override
    public Optional<Person> findByName(String name) {
        return Optional.ofNullable(name == null ? null : keysByName.get(name)).map(people::get);
    }

    @Override
    public List<Person> search(String query, int limit) {
        return matching(query).limit(limit).toList();
    }

    /**
     * The active person signing in with these credentials. This is a directory of demo people, not a
     * real one: each one's password is their user name.
     */
    public Optional<Person> authenticate(String username, String password) {
        if (username == null || !username.equals(password)) {
            return Optional.empty();
        }
        return findByName(username).filter(Person::active);
    }

    @Override
    public boolean isAdmin(String userKey) {
        return admins.contains(userKey);
    }
}
