package org.mentoring.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results, shaped like Jira's paged responses. */
public record Page<T>(int startAt, int maxResults, long total, List<T> values) {
    public Page {
        values = List.copyOf(values);
    }

    /**
     * A page of {@code rows}, asking {@code count} for the total only when it is not already known: a first page that
     * is not full is everything (most people have few of anything, so most lists cost one query).
     */
    public static <T> Page<T> counted(PageRequest request, List<T> rows, java.util.function.IntSupplier count) {
        long total = request.startAt() == 0 && rows.size() < request.maxResults() ? rows.size() : count.getAsInt();
        return new Page<>(request.startAt(), request.maxResults(), total, rows);
    }

    public boolean isLast() {
        return startAt + values.size() >= total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(startAt, maxResults, total, values.stream().<R>map(mapper).toList());
    }
}
