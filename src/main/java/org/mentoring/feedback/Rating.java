package org.mentoring.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A score from 1 to 5 on a named competency. */
public record Rating(String competency, int score) {
    /** Stored as one "competency TAB score" line per rating (names never hold control characters). */
    static String encode(List<Rating> ratings) {
        return ratings.isEmpty() ? null : ratings.stream().map(r -> r.competency() + "\t" + r.score()).collect(Collectors.joining("\n"));
    }

    static List<Rating> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Rating> ratings = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int tab = line.lastIndexOf('\t');
            ratings.add(new Rating(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1))));
        }
        return List.copyOf(ratings);
    }
}
