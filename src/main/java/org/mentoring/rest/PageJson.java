package org.mentoring.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;
import org.mentoring.paging.Page;

/** Jira-style paged response. */
public record PageJson<T>(int startAt, int maxResults, long total, @JsonProperty("isLast") boolean isLast, List<T> values) {
    /** A page whose values were mapped all at once (views that batch their lookups). */
    public static <S, T> PageJson<T> of(Page<S> page, List<T> mapped) {
        return new PageJson<>(page.startAt(), page.maxResults(), page.total(), page.isLast(), mapped);
    }

    public static <S, T> PageJson<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageJson<>(page.startAt(), page.maxResults(), page.total(), page.isLast(),
                page.values().stream().<T>map(mapper).toList());
    }
}
