package org.mentoring.privacy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentoring.host.AuditLog;
import org.mentoring.host.Transactions;

/**
 * Forgets a person across every part of the app. The hosts drive it: Jira's anonymisation handlers in Jira's order
 * (ownership transfer, anonymisation, key change), Confluence's user removal, the standalone host's administrators.
 * Counts come first, so an administrator sees what will change before it does.
 */
public final class Erasure {
    /** Former users' keys start with this; the rest is random, so nothing of the person is in it. */
    public static final String FORMER_USER = "former-user-";

    private final List<PersonalData> parts;
    private final List<OwnedData> owned;
    private final KeyRewrite rewrite;
    private final Transactions transactions;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    public Erasure(List<PersonalData> parts, List<OwnedData> owned, KeyRewrite rewrite, Transactions transactions, AuditLog audit) {
        this.parts = List.copyOf(parts);
        this.owned = List.copyOf(owned);
        this.rewrite = rewrite;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The parts, in the order they are exported and erased. */
    public List<PersonalData> parts() {
        return parts;
    }

    /** What the app holds for {@code userKey}: counts per kind, only kinds it has (no content). */
    public Map<String, Integer> affected(String userKey) {
        return transactions.execute(() -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (PersonalData part : parts) {
                part.count(userKey).forEach((kind, n) -> {
                    if (n > 0) {
                        counts.merge(kind, n, Integer::sum);
                    }
                });
            }
            return counts;
        });
    }

    /** How many things {@code userKey} runs for others (programs managed) that an ownership transfer would move. */
    public int owned(String userKey) {
        return transactions.execute(() -> owned.stream().mapToInt(o -> o.owned(userKey)).sum());
    }

    /** Hands what {@code fromKey} runs for others to {@code toKey}; answers how many things moved. */
    public int transferOwnership(String actorKey, String fromKey, String toKey) {
        int moved = transactions.execute(() -> owned.stream().mapToInt(o -> o.transfer(fromKey, toKey)).sum());
        if (moved > 0) {
            audit.record(new AuditLog.Entry("person.ownership-transferred", actorKey, toKey, Map.of("programs", Integer.toString(moved))));
        }
        return moved;
    }

    /** Replaces {@code oldKey} with {@code newKey} in every user-key column of the app (Jira's key change). */
    public int changeKey(String oldKey, String newKey) {
        if (oldKey.equals(newKey)) {
            return 0;
        }
        return transactions.execute(() -> {
            int changed = 0;
            for (PersonalData part : parts) {
                for (KeyColumn column : part.keyColumns()) {
                    changed += rewrite.rewrite(column, oldKey, newKey);
                }
                part.keyChanged(oldKey, newKey);
            }
            return changed;
        });
    }

    /**
     * Deletes what is the person's alone and ends their live relationships (each other member is told), keeping their
     * key: Jira changes it afterwards through its key-change handler.
     */
    public Map<String, Integer> eraseKeepingKey(String userKey) {
        Map<String, Integer> before = affected(userKey);
        transactions.execute(() -> {
            for (PersonalData part : parts) {
                part.erase(userKey);
            }
            return null;
        });
        return before;
    }

    /** What anonymising a person did: the anonymous key that now stands for them, and the counts it found. */
    public record Result(String formerUserKey, Map<String, Integer> affected) {
    }

    /**
     * Erases the person and re-keys what stays to a new anonymous former user, in one transaction: afterwards no app
     * table holds their key. The audit entry names only the former user.
     */
    public Result anonymise(String actorKey, String userKey) {
        String former = FORMER_USER + HexFormat.of().formatHex(bytes());
        Map<String, Integer> counts = transactions.execute(() -> {
            Map<String, Integer> found = eraseKeepingKey(userKey);
            changeKey(userKey, former);
            return found;
        });
        String actor = userKey.equals(actorKey) ? former : actorKey;
        audit.record(new AuditLog.Entry("person.erased", actor, former, Map.of("entities", Integer.toString(
                counts.values().stream().mapToInt(Integer::intValue).sum()))));
        return new Result(former, counts);
    }

    private byte[] bytes() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return b;
    }
}
