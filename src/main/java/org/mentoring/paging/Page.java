package org.mentoring.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results, shaped like Jira's paged responses. */
public record Page<T>(int startAt, int maxResults, long total, List<T> values) {
    public Page {
        values = List.copyOf(values);
    }

    public boolean isLast() {
        return startAt + values.size() >= total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(startAt, maxResults, total, values.stream().<R>map(mapper).toList());
    }
}
