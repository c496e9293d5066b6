package org.mentoring.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentoring.feedback.Feedback;
import org.mentoring.feedback.FeedbackAction;
import org.mentoring.feedback.FeedbackService;
import org.mentoring.feedback.Reply;
import org.mentoring.feedback.Round;
import org.mentoring.goal.GoalService;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.UserJson;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipService;

/**
 * The relationship's feedback (section {@code feedback}): the give-feedback form, the blind round's state (who
 * has submitted, never what), and the latest feedback with its thread and only the buttons the viewer may use.
 * Members see it all; program managers the PROGRAM feedback, read-only; anyone else nothing (left out).
 * Costs at most four queries: a page of feedback, its threads (none without replies), the latest round
 * (members) and the relationship's goal titles (only with the form or feedback about a goal).
 */
public final class FeedbackSection implements RelationshipSection {
    static final int REPLIES_PER_THREAD = 10;
    static final int GOALS = 100;

    private final FeedbackService feedback;
    private final GoalService goals;
    private final UserDirectory users;

    public FeedbackSection(FeedbackService feedback, GoalService goals, UserDirectory users) {
        this.feedback = feedback;
        this.goals = goals;
        this.users = users;
    }

    @Override
    public String id() {
        return "feedback";
    }

    @Override
    public String fill(String viewerKey, RelationshipService.Viewed viewed, Options options, Map<String, Object> context) {
        if (!feedback.readsFeedback(viewed)) {
            return null;
        }
        Relationship r = viewed.relationship();
        boolean member = viewed.role().isMember();
        int limit = Math.max(1, Math.min(options.limit(), PageRequest.MAX));
        Page<Feedback> page = options.showsList()
                ? feedback.ofRelationship(viewerKey, viewed, options.goalId(), PageRequest.first(limit), false)
                : new Page<>(0, limit, 0, List.of());
        Map<Long, List<Reply>> threads = feedback.latestReplies(page.values(), REPLIES_PER_THREAD, limit * REPLIES_PER_THREAD);
        Optional<Round> round = member ? feedback.latestRound(viewerKey, viewed) : Optional.empty();
        boolean contributes = member && feedback.mayContribute(viewed);
        boolean showForm = options.showsForm() && contributes;
        boolean aboutGoals = page.values().stream().anyMatch(f -> f.goalId() != null);
        Map<Long, String> goalTitles = showForm || aboutGoals ? goals.titles(viewed, GOALS) : Map.of();

        List<Map<String, Object>> items = new ArrayList<>();
        for (Feedback f : page.values()) {
            items.add(item(f, viewerKey, threads.getOrDefault(f.id(), List.of()), goalTitles, options.interactive()));
        }
        context.put("items", items);
        context.put("hasMore", !page.isLast());
        context.put("limit", limit);
        context.put("member", member);
        context.put("programView", !member);
        context.put("readOnly", member && !contributes);
        context.put("status", r.status().name());
        context.put("otherName", member ? name(r.otherMember(viewerKey)) : "");
        context.put("canGive", showForm);
        context.put("goalOptions", goalTitles.entrySet().stream().map(e -> Map.of("id", e.getKey(), "title", e.getValue())).toList());
        context.put("selectedGoal", options.goalId() == null ? "" : options.goalId().toString());
        context.put("hasProgram", r.programId() != null);
        round.ifPresent(value -> context.put("round", round(value, viewerKey, r)));
        boolean roundOpen = round.map(x -> x.state() == Round.State.OPEN).orElse(false);
        context.put("canOpenRound", showForm && !roundOpen);
        context.put("canSubmitRound", showForm && round.map(Round::viewerMaySubmit).orElse(false));
        return "templates/sections/feedback.vm";
    }

    private Map<String, Object> item(Feedback f, String viewerKey, List<Reply> replies, Map<Long, String> goalTitles, boolean interactive) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", f.id());
        m.put("version", f.version());
        m.put("kind", f.kind().name());
        m.put("kindClass", lozenge(f.kind().name()));
        m.put("author", name(f.authorKey()));
        m.put("recipient", name(f.recipientKey()));
        m.put("mine", viewerKey.equals(f.authorKey()));
        m.put("text", f.text());
        m.put("ratings", f.ratings().stream().map(r -> Map.of("competency", r.competency(), "score", r.score(),
                "stars", "★".repeat(r.score()) + "☆".repeat(5 - r.score()))).toList());
        m.put("goalId", f.goalId() == null ? "" : f.goalId().toString());
        m.put("goal", f.goalId());
        m.put("goalTitle", f.goalId() == null ? null : goalTitles.get(f.goalId()));
        m.put("pageId", f.pageId() == null ? null : f.pageId().toString());
        m.put("visibility", f.visibility().name());
        m.put("program", f.visibility().name().equals("PROGRAM"));
        m.put("inRound", f.roundId() != null);
        m.put("hidden", f.hidden());
        m.put("revealsAt", f.revealsAt() == null ? null : day(f.revealsAt().toString()));
        m.put("givenAt", minute(f.givenAt().toString()));
        m.put("edited", f.editedAt() != null);
        m.put("acknowledged", f.acknowledgedAt() != null);
        m.put("acknowledgedAt", f.acknowledgedAt() == null ? null : day(f.acknowledgedAt().toString()));
        m.put("canAcknowledge", interactive && f.actions().contains(FeedbackAction.ACKNOWLEDGE));
        m.put("canReply", interactive && f.actions().contains(FeedbackAction.REPLY));
        m.put("canEdit", interactive && f.actions().contains(FeedbackAction.EDIT));
        m.put("hasVersions", interactive && f.version() > 1);
        m.put("replies", replies.stream().map(x -> Map.of("author", name(x.authorKey()), "text", x.text(),
                "at", minute(x.writtenAt().toString()))).toList());
        m.put("earlierReplies", f.replyCount() - replies.size());
        return m;
    }

    private Map<String, Object> round(Round round, String viewerKey, Relationship r) {
        boolean mentor = r.mentorKey().equals(viewerKey);
        Map<String, Object> m = new HashMap<>();
        m.put("id", round.id());
        m.put("open", round.state() == Round.State.OPEN);
        m.put("state", round.state().name());
        m.put("deadline", minute(round.deadline().toString()));
        m.put("openedAt", day(round.openedAt().toString()));
        m.put("revealedAt", round.revealedAt() == null ? null : day(round.revealedAt().toString()));
        m.put("viewerSubmitted", mentor ? round.mentorSubmitted() : round.menteeSubmitted());
        m.put("otherSubmitted", mentor ? round.menteeSubmitted() : round.mentorSubmitted());
        return m;
    }

    private String name(String key) {
        return UserJson.lookup(users, key).displayName();
    }

    private static String day(String iso) {
        return iso.substring(0, 10);
    }

    private static String minute(String iso) {
        return iso.substring(0, 16).replace('T', ' ');
    }

    static String lozenge(String kind) {
        switch (kind) {
            case "STRENGTH":
                return "aui-lozenge-success";
            case "GROWTH":
                return "aui-lozenge-moved";
            default:
                return "aui-lozenge-new";
        }
    }
}
