package org.mentoring.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mentoring.audit.StoredAuditLog;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/**
 * What administrators do with personal data where the host offers no tool of its own (the standalone host; in Jira
 * and Confluence the products' own anonymisation drives {@link Erasure}): preview and erase a person, retention, and
 * the app's own audit log.
 */
public final class PrivacyAdministration {
    private static final int MAX_NAME = 255;

    private final Erasure erasure;
    private final Retention retention;
    private final StoredAuditLog auditLog;
    private final UserDirectory users;

    public PrivacyAdministration(Erasure erasure, Retention retention, StoredAuditLog auditLog, UserDirectory users) {
        this.erasure = erasure;
        this.retention = retention;
        this.auditLog = auditLog;
        this.users = users;
    }

    /** Who would be erased and what the app holds for them (counts only). */
    public record Preview(String userKey, String name, String displayName, Map<String, Integer> affected, int programsManaged) {
    }

    /** What an administrator sends to erase a person: their user name, and who takes over their programs. */
    public record ErasureInput(String user, String transferTo) {
    }

    /** What erasing did: the anonymous key now standing for the person, the counts found, programs handed over. */
    public record Erased(String formerUserKey, Map<String, Integer> affected, int programsTransferred) {
    }

    public Preview preview(String actorKey, String userName) {
        requireAdmin(actorKey);
        Problems problems = new Problems();
        Person person = person(problems, "user", userName);
        problems.throwIfAny();
        return new Preview(person.key(), person.name(), person.displayName(), erasure.affected(person.key()), erasure.owned(person.key()));
    }

    public Erased erase(String actorKey, ErasureInput input) {
        requireAdmin(actorKey);
        Problems problems = new Problems();
        Person person = person(problems, "user", input == null ? null : input.user());
        Person heir = input == null || input.transferTo() == null || input.transferTo().isBlank() ? null
                : person(problems, "transferTo", input.transferTo());
        if (person != null && heir != null && person.key().equals(heir.key())) {
            problems.add("transferTo", "mentoring.erasure.transfer.self");
        }
        if (person != null && heir == null && !problems.has("transferTo") && erasure.owned(person.key()) > 0) {
            problems.add("transferTo", "mentoring.erasure.transfer.required");
        }
        problems.throwIfAny();
        int moved = heir == null ? 0 : erasure.transferOwnership(actorKey, person.key(), heir.key());
        Erasure.Result result = erasure.anonymise(actorKey, person.key());
        return new Erased(result.formerUserKey(), result.affected(), moved);
    }

    /** Retention as administrators see it: off (null) or the months after which content goes. */
    public record RetentionView(Integer months) {
    }

    public record RetentionInput(Integer months) {
    }

    public RetentionView retention(String actorKey) {
        requireAdmin(actorKey);
        return new RetentionView(retention.months().orElse(null));
    }

    public RetentionView configureRetention(String actorKey, RetentionInput input) {
        requireAdmin(actorKey);
        return new RetentionView(retention.configure(actorKey, input == null ? null : input.months()).orElse(null));
    }

    /** What retention would delete now with {@code months} (or the configured months). */
    public Map<String, Object> dryRun(String actorKey, RetentionInput input) {
        requireAdmin(actorKey);
        Optional<Integer> months = input != null && input.months() != null ? Optional.of(input.months()) : retention.months();
        Problems problems = new Problems();
        if (months.isEmpty() || months.get() < 1 || months.get() > Retention.MAX_MONTHS) {
            problems.add("months", "mentoring.retention.months.range", Retention.MAX_MONTHS);
        }
        problems.throwIfAny();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("months", months.get());
        report.put("wouldDelete", retention.dryRun(months.get()));
        return report;
    }

    public Page<StoredAuditLog.Recorded> audit(String actorKey, PageRequest page) {
        requireAdmin(actorKey);
        return auditLog.list(page);
    }

    public boolean isAdmin(String actorKey) {
        return actorKey != null && users.isAdmin(actorKey);
    }

    private Person person(Problems problems, String field, String name) {
        if (name == null || name.isBlank()) {
            problems.add(field, "mentoring.error.required");
            return null;
        }
        if (name.length() > MAX_NAME) {
            problems.add(field, "mentoring.error.toolong", MAX_NAME);
            return null;
        }
        Optional<Person> person = users.findByName(name.strip());
        if (person.isEmpty()) {
            problems.add(field, "mentoring.erasure.user.unknown");
            return null;
        }
        return person.get();
    }

    private void requireAdmin(String actorKey) {
        if (!isAdmin(actorKey)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.admin.only"));
        }
    }
}
