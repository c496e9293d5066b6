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
 * change ({@link #setActive}), as deactivating a user in Jira or Confluence does. The people are configuration, the
 * same on every node; the flags administrators set are kept by {@link ActiveFlags}: in the database once the host
 * runs on it ({@link #withFlagsIn}), so a deactivation on one node holds on every node.
 */
public final class InMemoryUserDirectory implements UserDirectory, org.mentoring.host.PeopleSearch {
    private final Map<String, Person> people;
    private final Map<String, String> keysByName;
    private final Set<String> admins;
    private final ActiveFlags flags;

    public InMemoryUserDirectory(Collection<Person> people, Set<String> adminKeys) {
        this(people.stream().collect(Collectors.toUnmodifiableMap(Person::key, Function.identity())),
                people.stream().collect(Collectors.toUnmodifiableMap(Person::name, Person::key)), Set.copyOf(adminKeys),
                ActiveFlags.inMemory());
    }

    private InMemoryUserDirectory(Map<String, Person> people, Map<String, String> keysByName, Set<String> admins, ActiveFlags flags) {
        this.people = people;
        this.keysByName = keysByName;
        this.admins = admins;
        this.flags = flags;
    }

    /** The same people with the flags administrators set kept in the database (what every node sharing it sees). */
    public InMemoryUserDirectory withFlagsIn(org.mentoring.host.EntityStore store, org.mentoring.host.Transactions transactions) {
        return new InMemoryUserDirectory(people, keysByName, admins, ActiveFlags.stored(store, transactions));
    }

    /**
     * Deactivates or reactivates {@code userKey}; answers the person as they are now and whether this changed them
     * (false: already so), or empty for nobody by that key.
     */
    public Optional<Change> setActive(String userKey, boolean active) {
        Optional<Person> before = find(userKey);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        flags.set(userKey, active);
        return Optional.of(new Change(as(before.get(), active), before.get().active() != active));
    }

    /** A person after {@link #setActive}, and whether their active flag changed. */
    public record Change(Person person, boolean changed) {
    }

    private static Person as(Person p, boolean active) {
        return p.active() == active ? p : new Person(p.key(), p.name(), p.displayName(), active);
    }

    private Person current(Person configured) {
        return flags.get(configured.key()).map(active -> as(configured, active)).orElse(configured);
    }

    /** Everyone whose name or display name contains {@code query} (everyone for a blank one), by display name, one page. */
    public org.mentoring.paging.Page<Person> list(String query, org.mentoring.paging.PageRequest page) {
        List<Person> all = matching(query == null ? "" : query).toList();
        return new org.mentoring.paging.Page<>(page.startAt(), page.maxResults(), all.size(),
                all.subList(Math.min(page.startAt(), all.size()), Math.min(page.startAt() + page.maxResults(), all.size())));
    }

    /** Everyone matching {@code query}, as they are now (the flags set by administrators read once). */
    private java.util.stream.Stream<Person> matching(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        Map<String, Boolean> set = flags.all();
        return people.values().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q) || p.displayName().toLowerCase(Locale.ROOT).contains(q))
                .map(p -> set.containsKey(p.key()) ? as(p, set.get(p.key())) : p)
                .sorted(Comparator.comparing(Person::displayName).thenComparing(Person::key));
    }

    @Override
    public Optional<Person> find(String userKey) {
        return Optional.ofNullable(userKey == null ? null : people.get(userKey)).map(this::current);
    }

    @Override
    public Optional<Person> findByName(String name) {
        return Optional.ofNullable(name == null ? null : keysByName.get(name)).map(people::get).map(this::current);
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
