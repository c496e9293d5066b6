package org.mentoring.host.standalone;

import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Person;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.Departures;

/**
 * The standalone host's user administration, what Jira's and Confluence's user management do for the app: listing
 * people and deactivating or reactivating one. Deactivating runs the app's {@link Departures} (as the hosts' user
 * listeners do) every time, so repeating it finishes whatever an earlier attempt left undone; reactivating restores
 * the person's directory entry. Administrators only; nobody deactivates themselves.
 */
public final class DirectoryAdministration {
    private final InMemoryUserDirectory users;
    private final Departures departures;

    public DirectoryAdministration(InMemoryUserDirectory users, Departures departures) {
        this.users = users;
        this.departures = departures;
    }

    public Page<Person> list(String actorKey, String query, PageRequest page) {
        requireAdmin(actorKey);
        return users.list(query, page);
    }

    public Person setActive(String actorKey, String userKey, Boolean active) {
        requireAdmin(actorKey);
        Person person = users.find(userKey).orElseThrow(() -> new NotFoundException("user"));
        Problems problems = new Problems();
        if (active == null) {
            problems.add("active", "mentoring.error.required");
        }
        problems.throwIfAny();
        if (!active && person.key().equals(actorKey)) {
            throw new RuleViolationException(Problem.of("active", "mentoring.directory.self"));
        }
        InMemoryUserDirectory.Change change = users.setActive(person.key(), active).orElseThrow(() -> new NotFoundException("user"));
        if (!active) {
            departures.departed(person.key());
        } else if (change.changed()) {
            departures.returned(person.key());
        }
        return change.person();
    }

    private void requireAdmin(String actorKey) {
        if (actorKey == null || !users.isAdmin(actorKey)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.admin.only"));
        }
    }
}
