package org.mentoring.feedback;

import java.time.Instant;
import java.util.List;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;

/** API views of feedback, threads, versions and rounds. */
public final class FeedbackViews {
    public record FeedbackJson(long id, String self, long relationshipId, UserJson author, UserJson recipient, String kind, String text,
                               List<Rating> ratings, Long goalId, String pageId, String visibility, Long roundId, boolean hidden,
                               String revealsAt, String givenAt, String editedAt, int version, String acknowledgedAt,
                               int replyCount, List<String> actions) {
    }

    public record ReplyJson(long id, long feedbackId, UserJson author, String text, String writtenAt) {
    }

    public record VersionJson(int version, String kind, String text, List<Rating> ratings, Long goalId, String pageId,
                              String visibility, String writtenAt) {
    }

    /** A round says who has submitted, never what. */
    public record RoundJson(long id, String self, long relationshipId, UserJson openedBy, String openedAt, String deadline, String state,
                            boolean mentorSubmitted, boolean menteeSubmitted, String revealedAt, boolean viewerMaySubmit) {
    }

    private final UserDirectory users;

    public FeedbackViews(UserDirectory users) {
        this.users = users;
    }

    public FeedbackJson feedback(Feedback f) {
        return new FeedbackJson(f.id(), "/rest/mentoring/1.0/feedback/" + f.id(), f.relationshipId(), UserJson.lookup(users, f.authorKey()),
                UserJson.lookup(users, f.recipientKey()), f.kind().name(), f.text(), f.ratings(), f.goalId(),
                f.pageId() == null ? null : f.pageId().toString(), f.visibility().name(), f.roundId(), f.hidden(),
                f.hidden() ? iso(f.revealsAt()) : null, iso(f.givenAt()), iso(f.editedAt()), f.version(), iso(f.acknowledgedAt()),
                f.replyCount(), f.actions().stream().sorted().map(FeedbackAction::slug).toList());
    }

    public ReplyJson reply(Reply r) {
        return new ReplyJson(r.id(), r.feedbackId(), UserJson.lookup(users, r.authorKey()), r.text(), iso(r.writtenAt()));
    }

    public VersionJson version(FeedbackVersion v) {
        return new VersionJson(v.version(), v.kind().name(), v.text(), v.ratings(), v.goalId(),
                v.pageId() == null ? null : v.pageId().toString(), v.visibility().name(), iso(v.writtenAt()));
    }

    public RoundJson round(Round r) {
        return new RoundJson(r.id(), "/rest/mentoring/1.0/feedback/rounds/" + r.id(), r.relationshipId(), UserJson.lookup(users, r.openedBy()),
                iso(r.openedAt()), iso(r.deadline()), r.state().name(), r.mentorSubmitted(), r.menteeSubmitted(), iso(r.revealedAt()),
                r.viewerMaySubmit());
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
