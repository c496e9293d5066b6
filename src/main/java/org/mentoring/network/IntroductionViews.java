package org.mentoring.network;

import java.util.List;
import org.mentoring.access.Role;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;
import org.mentoring.relationship.RelationshipViews;

/** API (and page) views of introductions: what the service left out for this viewer stays out (null). */
public final class IntroductionViews {
    /**
     * {@code part}: the viewer's part (ASKER, INTRODUCER or INTRODUCED); {@code counterpart}: once accepted, the
     * person the viewer is now connected with (the introduced person for the asker, the asker for them).
     * {@code relationshipId} is null for the introduced person (the relationship is not theirs to know).
     */
    public record IntroductionJson(long id, String self, Long relationshipId, String status, String part, UserJson asker,
                                   UserJson introducer, UserJson wanted, String wantedText, String purpose, UserJson introduced,
                                   String note, UserJson counterpart, String createdAt, String updatedAt, int version,
                                   List<String> moves, List<EventJson> history) {
    }

    /** {@code actor} is null where the viewer may not learn who it was. Lists leave the history out (null). */
    public record EventJson(int seq, String type, UserJson actor, String at) {
    }

    private final UserDirectory users;

    public IntroductionViews(UserDirectory users) {
        this.users = users;
    }

    public IntroductionJson introduction(Introduction i) {
        boolean introduced = i.role() == Role.INTRODUCED;
        String part = introduced ? "INTRODUCED" : i.asker() ? "ASKER" : "INTRODUCER";
        String counterpart = i.status() != IntroductionStatus.ACCEPTED ? null : introduced ? i.askerKey() : i.asker() ? i.introducedKey() : null;
        return new IntroductionJson(i.id(), RelationshipViews.REST_BASE + "/introductions/" + i.id(), introduced ? null : i.relationshipId(),
                i.status().name(), part, user(i.askerKey()), user(i.askedKey()), user(i.wantedKey()), i.wantedText(), i.purpose(),
                user(i.introducedKey()), i.note(), user(counterpart), i.createdAt().toString(), i.updatedAt().toString(), i.version(),
                i.moves().stream().map(IntroductionMove::path).toList(),
                i.history() == null ? null
                        : i.history().stream().map(e -> new EventJson(e.seq(), e.type(), user(e.actorKey()), e.at().toString())).toList());
    }

    private UserJson user(String key) {
        return key == null ? null : UserJson.lookup(users, key);
    }
}
