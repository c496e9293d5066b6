package org.mentoring.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.Problems;
import org.mentoring.host.AuditLog;
import org.mentoring.host.Settings;
import org.mentoring.host.Transactions;

/**
 * Optional retention (off by default): the content of relationships that ended or completed more than N months ago
 * is deleted in batches, keeping each relationship's anonymous row (kind, program, status, dates) and its goal
 * summary for program reports. A dry run says what would go.
 */
public final class Retention {
    public static final String MONTHS = "org.mentoring.retention.months";
    public static final int MAX_MONTHS = 1200;

    /** Finds the relationships due and strips them of their members' keys once their content has gone. */
    public interface Candidates {
        List<Long> due(long endedBefore, int limit);

        int countDue(long endedBefore);

        void anonymise(List<Long> ids);
    }

    private final Settings settings;
    private final Candidates candidates;
    private final List<RelationshipContent> content;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public Retention(Settings settings, Candidates candidates, List<RelationshipContent> content, Transactions transactions,
                     AuditLog audit, Clock clock) {
        this.settings = settings;
        this.candidates = candidates;
        this.content = List.copyOf(content);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Months after which content goes; empty when retention is off. */
    public Optional<Integer> months() {
        return settings.get(MONTHS).filter(s -> !s.isBlank()).map(Integer::valueOf).filter(m -> m > 0);
    }

    /** Switches retention on ({@code months} &gt; 0) or off (null or 0). */
    public Optional<Integer> configure(String actorKey, Integer months) {
        Problems problems = new Problems();
        if (months != null && (months < 0 || months > MAX_MONTHS)) {
            problems.add("months", "mentoring.retention.months.range", MAX_MONTHS);
        }
        problems.throwIfAny();
        settings.put(MONTHS, months == null || months == 0 ? "" : Integer.toString(months));
        audit.record(AuditLog.Entry.of("settings.retention", actorKey, Map.of("months", months == null ? "off" : months.toString())));
        return months();
    }

    /** What a run would delete now with {@code months}: relationships and rows per part. */
    public Map<String, Integer> dryRun(int months) {
        long before = cutoff(months);
        return transactions.execute(() -> {
            Map<String, Integer> report = new LinkedHashMap<>();
            report.put("relationships", candidates.countDue(before));
            List<Long> ids = candidates.due(before, Integer.MAX_VALUE);
            for (RelationshipContent part : content) {
                int rows = 0;
                for (int i = 0; i < ids.size(); i += BATCH) {
                    rows += part.count(ids.subList(i, Math.min(ids.size(), i + BATCH)));
                }
                report.put(part.part(), rows);
            }
            return report;
        });
    }

    static final int BATCH = 100;

    /** One batch: at most {@code BATCH} relationships; answers how many were stripped (0 when off or nothing is due). */
    public int runBatch() {
        Optional<Integer> months = months();
        if (months.isEmpty()) {
            return 0;
        }
        long before = cutoff(months.get());
        return transactions.execute(() -> {
            List<Long> ids = candidates.due(before, BATCH);
            if (ids.isEmpty()) {
                return 0;
            }
            for (RelationshipContent part : content) {
                part.delete(ids);
            }
            candidates.anonymise(ids);
            return ids.size();
        });
    }

    private long cutoff(int months) {
        return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant().toEpochMilli();
    }
}
