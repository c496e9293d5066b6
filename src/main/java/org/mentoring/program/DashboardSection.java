package org.mentoring.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregate of the program dashboard: named groups with their counts. A group of fewer than
 * {@link #SMALLEST} (but more than none) is never shown on its own, so that no count points at one pair:
 * its count is null and it joins {@code otherCount}, the groups not shown separately. When those hidden groups
 * add up to fewer than {@value #SMALLEST} themselves, the next smallest group is hidden too (otherwise the total
 * minus the shown groups would give the small group away); when even all of them together stay below that,
 * {@code otherCount} is null as well ("fewer than 3").
 *
 * <p>A {@link Kind#PARTITION} splits one population (every relationship by status); a {@link Kind#FUNNEL} lists
 * counts of nested steps (enrolled ⊇ approved ⊇ matched), each hidden on its own when small.
 */
public record DashboardSection(String key, Kind kind, List<Group> groups, Integer otherCount, boolean anyHidden) {
    public static final int SMALLEST = 3;

    public enum Kind { PARTITION, FUNNEL }

    /** A group's count, or null when it is too small to show separately. */
    public record Group(String key, Integer count) {
        public boolean shown() {
            return count != null;
        }
    }

    public static DashboardSection funnel(String key, Map<String, Integer> counts) {
        List<Group> groups = new ArrayList<>();
        boolean hidden = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean small = small(e.getValue());
            hidden |= small;
            groups.add(new Group(e.getKey(), small ? null : e.getValue()));
        }
        return new DashboardSection(key, Kind.FUNNEL, groups, null, hidden);
    }

    /** The groups of one population in the order given, small ones folded into "other" as described above. */
    public static DashboardSection partition(String key, Map<String, Integer> counts) {
        Map<String, Boolean> hide = new LinkedHashMap<>();
        int hiddenTotal = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean small = small(e.getValue());
            hide.put(e.getKey(), small);
            hiddenTotal += small ? e.getValue() : 0;
        }
        while (hiddenTotal > 0 && hiddenTotal < SMALLEST) {
            String next = counts.entrySet().stream().filter(e -> !hide.get(e.getKey()) && e.getValue() > 0)
                    .min(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
            if (next == null) {
                break;
            }
            hide.put(next, true);
            hiddenTotal += counts.get(next);
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((k, v) -> groups.add(new Group(k, hide.get(k) ? null : v)));
        boolean any = hide.containsValue(true);
        return new DashboardSection(key, Kind.PARTITION, groups, !any ? Integer.valueOf(0) : small(hiddenTotal) ? null : hiddenTotal, any);
    }

    private static boolean small(int count) {
        return count > 0 && count < SMALLEST;
    }

    /** The shown total of a partition: null when some of it is not shown at all. */
    public Integer total() {
        if (kind != Kind.PARTITION || otherCount == null) {
            return null;
        }
        return groups.stream().filter(Group::shown).mapToInt(Group::count).sum() + otherCount;
    }
}
