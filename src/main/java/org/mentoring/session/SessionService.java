package org.mentoring.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentoring.access.Action;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalInput;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.Milestone;
import org.mentoring.host.Notifications;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipNotices;
import org.mentoring.relationship.PairContent;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.web.PageLinks;

/**
 * The session log: the meetings a mentor and a mentee keep a record of. The shared record and its action items
 * are pair content (either member writes and edits them, while the relationship is active or keeping in touch);
 * each member's private note is theirs alone — no other member, program manager or administrator reads it, in
 * any API or page. Action items can become a goal, or a milestone of a goal, through the goal tracker's rules.
 */
public final class SessionService {
    public static final int MAX_TOPICS = 450;
    public static final int MAX_NOTES = 10_000;
    /** An action item may become a goal's title or a milestone, so it fits both. */
    public static final int MAX_ITEM = GoalService.MAX_TITLE;
    public static final int MAX_ITEMS = 50;
    public static final int MAX_MINUTES = 24 * 60;

    private final SessionStore store;
    private final PairContent content;
    private final RelationshipService relationships;
    private final GoalService goals;
    private static final String MEETING_OVERDUE = "mentoring.reminder.notify.MEETING_OVERDUE";
    private final Notifications notifications;
    private final Clock clock;

    /** {@code relationships} keeps the meeting log on the relationship's row (last and next meeting) in step. */
    public SessionService(SessionStore store, PairContent content, RelationshipService relationships, GoalService goals,
                          Notifications notifications, Clock clock) {
        this.store = store;
        this.content = content;
        this.relationships = relationships;
        this.goals = goals;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** A page of one relationship's sessions, with the relationship as the viewer saw it (read once). */
    public record RelationshipSessions(RelationshipService.Viewed relationship, Page<Session> sessions) {
    }

    public RelationshipSessions ofRelationship(String viewerKey, long relationshipId, PageRequest page) {
        RelationshipService.Viewed viewed = content.view(viewerKey, relationshipId);
        return new RelationshipSessions(viewed, ofRelationship(viewerKey, viewed, page));
    }

    /**
     * Sessions of a relationship the caller already viewed, newest first: one query for the sessions, one for
     * their action items; the total is the count kept on the relationship row. Members only.
     */
    public Page<Session> ofRelationship(String viewerKey, RelationshipService.Viewed viewed, PageRequest page) {
        requireLogReadable(viewed, "relationship");
        Relationship r = viewed.relationship();
        List<SessionEntity> rows = store.page(r.id(), page);
        Map<Long, List<ActionItemEntity>> items = store.items(rows.stream().map(e -> (long) e.getID()).toList());
        List<Session> sessions = rows.stream().map(e -> toRecord(e, items.getOrDefault((long) e.getID(), List.of()), viewed.role())).toList();
        return new Page<>(page.startAt(), page.maxResults(), Math.max(r.meetings().sessions(), page.startAt() + sessions.size()), sessions);
    }

    /** Whether the viewer may read this relationship's log at all (the relationship page asks before listing). */
    public boolean readsLog(RelationshipService.Viewed viewed) {
        return content.reads(viewed, Visibility.PAIR);
    }

    /** Whether the viewer may log sessions in this relationship now. */
    public boolean logsSessions(RelationshipService.Viewed viewed) {
        return content.permits(viewed.role(), Action.ADD_CONTENT) && viewed.relationship().status().isInTouch();
    }

    public Session get(String viewerKey, long sessionId) {
        SessionEntity e = store.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
        RelationshipService.Viewed viewed = readable(viewerKey, e.getRelationshipId());
        return toRecord(e, store.items(List.of(sessionId)).getOrDefault(sessionId, List.of()), viewed.role());
    }

    // --- writing ---------------------------------------------------------------------------------

    /** Logs a session, with the author's private note and action items if given; tells the other member. */
    public Session create(String actorKey, long relationshipId, SessionInput input, String privateNote, List<ActionItemInput> items) {
        Problems problems = new Problems();
        Shared shared = shared(problems, input);
        String note = problems.optionalText("privateNote", privateNote, MAX_NOTES);
        List<ActionItemInput> wanted = items == null ? List.of() : items;
        if (wanted.size() > MAX_ITEMS) {
            problems.add("actionItems", "mentoring.session.items.limit", MAX_ITEMS);
        }
        List<ItemFields> itemFields = new java.util.ArrayList<>();
        for (int i = 0; i < wanted.size() && i < MAX_ITEMS; i++) {
            ActionItemInput item = wanted.get(i) == null ? new ActionItemInput(null, null, null, null) : wanted.get(i);
            String prefix = "actionItems[" + i + "].";
            itemFields.add(new ItemFields(problems.requiredText(prefix + "text", item.text(), MAX_ITEM),
                    blankToNull(item.ownerKey()), problems.optionalDate(prefix + "dueOn", item.dueOn()), prefix));
        }
        problems.throwIfAny();
        return write(() -> {
            RelationshipService.Viewed viewed = content.view(actorKey, relationshipId);
            Relationship r = viewed.relationship();
            if (!content.permits(viewed.role(), Action.ADD_CONTENT)) {
                throw new ForbiddenException(Problem.of(null, "mentoring.session.rule.member"));
            }
            requireOpen(r);
            Problems owners = new Problems();
            itemFields.forEach(f -> checkOwner(owners, f.prefix() + "ownerKey", f.owner(), r));
            owners.throwIfAny();
            Session logged = relationships.changeMeetingLog(relationshipId, () -> {
                long now = clock.millis();
                Map<String, Object> values = new HashMap<>();
                values.put(SessionEntity.RELATIONSHIP_ID, relationshipId);
                values.put(SessionEntity.HELD_ON, shared.heldOn().toString());
                values.put(SessionEntity.DURATION_MINUTES, shared.minutes());
                values.put(SessionEntity.TOPICS, shared.topics());
                values.put(SessionEntity.SHARED_NOTES, shared.notes());
                values.put(SessionEntity.NEXT_MEETING_ON, shared.next() == null ? null : shared.next().toString());
                values.put(viewed.role() == Role.MENTOR ? SessionEntity.MENTOR_NOTE : SessionEntity.MENTEE_NOTE, note);
                values.put(SessionEntity.LOGGED_BY, actorKey);
                values.put(SessionEntity.UPDATED_BY, actorKey);
                values.put(SessionEntity.CREATED_AT, now);
                values.put(SessionEntity.UPDATED_AT, now);
                values.put(SessionEntity.REVISION, 1);
                SessionEntity session = store.insert(values);
                List<ActionItemEntity> created = itemFields.stream().map(f -> store.insertItem(session.getID(), relationshipId, f.text(),
                        f.owner() == null ? actorKey : f.owner(), f.due())).toList();
                return toRecord(session, created, viewed.role());
            }, () -> store.meetingLog(relationshipId));
            String link = PageLinks.RELATIVE.relationshipSection(relationshipId, "sessions");
            // They met: the unread "meeting overdue" reminders (org.mentoring.reminder.ReminderType) ask nothing any more.
            notifications.retract(MEETING_OVERDUE, link);
            notifications.send(new Notifications.Notification(r.otherMember(actorKey), actorKey, RelationshipNotices.role(r, actorKey),
                    "mentoring.session.notify.logged", List.of(shared.heldOn().toString()), link));
            return logged;
        });
    }

    /** Changes a session's shared record. Either member, whoever logged it; {@code version} guards against stale pages. */
    public Session edit(String actorKey, long sessionId, SessionInput input, Integer version) {
        Problems problems = new Problems();
        Shared shared = shared(problems, input);
        problems.throwIfAny();
        return write(() -> {
            SessionEntity found = store.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
            long relationshipId = found.getRelationshipId();
            RelationshipService.Viewed viewed = requireSharedChange(actorKey, relationshipId);
            return relationships.changeMeetingLog(relationshipId, () -> {
                SessionEntity e = store.locked(found);
                if (version != null && version != e.getRevision()) {
                    throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
                }
                e.setHeldOn(shared.heldOn().toString());
                e.setDurationMinutes(shared.minutes());
                e.setTopics(shared.topics());
                e.setSharedNotes(shared.notes());
                e.setNextMeetingOn(shared.next() == null ? null : shared.next().toString());
                e.setUpdatedBy(actorKey);
                e.setUpdatedAt(clock.millis());
                e.setRevision(e.getRevision() + 1);
                e.save();
                return toRecord(e, store.items(List.of(sessionId)).getOrDefault(sessionId, List.of()), viewed.role());
            }, () -> store.meetingLog(relationshipId));
        });
    }

    /**
     * Writes the caller's own private note on a session. It changes nothing the other member can see — not the
     * session's version, not when it was last updated — so they cannot even tell that a note exists.
     */
    public Session setPrivateNote(String actorKey, long sessionId, String text) {
        Problems problems = new Problems();
        String note = problems.requiredText("text", text, MAX_NOTES);
        problems.throwIfAny();
        return write(() -> {
            SessionEntity e = store.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
            RelationshipService.Viewed viewed = readable(actorKey, e.getRelationshipId());
            requireOpen(viewed.relationship());
            writeOwnNote(e, viewed.role(), note);
            return toRecord(e, store.items(List.of(sessionId)).getOrDefault(sessionId, List.of()), viewed.role());
        });
    }

    /** Removes the caller's own private note; always possible, whatever state the relationship is in. */
    public void removePrivateNote(String actorKey, long sessionId) {
        write(() -> {
            SessionEntity e = store.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
            writeOwnNote(e, readable(actorKey, e.getRelationshipId()).role(), null);
            return null;
        });
    }

    public ActionItem addItem(String actorKey, long sessionId, ActionItemInput input) {
        Problems problems = new Problems();
        String text = problems.requiredText("text", input.text(), MAX_ITEM);
        LocalDate due = problems.optionalDate("dueOn", input.dueOn());
        problems.throwIfAny();
        return write(() -> {
            Locked locked = lockForSharedChange(actorKey, sessionId);
            Relationship r = locked.viewed().relationship();
            String owner = blankToNull(input.ownerKey());
            Problems owners = new Problems();
            checkOwner(owners, "ownerKey", owner, r);
            owners.throwIfAny();
            if (store.itemCount(sessionId) >= MAX_ITEMS) {
                throw new RuleViolationException(Problem.of("actionItems", "mentoring.session.items.limit", MAX_ITEMS));
            }
            return SessionStore.toRecord(store.insertItem(sessionId, r.id(), text, owner == null ? actorKey : owner, due));
        });
    }

    /** Changes an action item: the fields given (text, owner, due date, done); an empty due date clears it. */
    public ActionItem editItem(String actorKey, long sessionId, long itemId, ActionItemInput input, Integer version) {
        Problems problems = new Problems();
        String text = input.text() == null ? null : problems.requiredText("text", input.text(), MAX_ITEM);
        // In this partial update null leaves the date alone and "" (exactly) clears it; anything else must be a date.
        LocalDate due = "".equals(input.dueOn()) ? null : problems.optionalDate("dueOn", input.dueOn());
        problems.throwIfAny();
        return write(() -> {
            ItemLocked locked = lockItem(actorKey, sessionId, itemId);
            ActionItemEntity item = locked.item();
            if (version != null && version != item.getRevision()) {
                throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
            }
            if (input.ownerKey() != null) {
                Problems owners = new Problems();
                checkOwner(owners, "ownerKey", blankToNull(input.ownerKey()), locked.viewed().relationship());
                owners.throwIfAny();
                item.setOwnerKey(input.ownerKey().isBlank() ? actorKey : input.ownerKey().strip());
            }
            if (text != null) {
                item.setText(text);
            }
            if (input.dueOn() != null) {
                item.setDueOn(due == null ? null : due.toString());
            }
            if (input.done() != null) {
                item.setDone(input.done());
            }
            item.setRevision(item.getRevision() + 1);
            item.save();
            return SessionStore.toRecord(item);
        });
    }

    /** What converting an action item made: the item (now remembering it) and the goal. */
    public record Converted(ActionItem item, Goal goal) {
    }

    /**
     * Turns an action item into a goal of the relationship, owned by the item's owner and due when it was due,
     * through the goal tracker (so its rules apply: an alumni relationship's goals are read-only, for one).
     * Once only; the item and the goal are written together or not at all.
     */
    public Converted toGoal(String actorKey, long sessionId, long itemId) {
        return write(() -> {
            ItemLocked locked = lockItem(actorKey, sessionId, itemId);
            ActionItemEntity item = requireUnconverted(locked.item());
            Goal goal = goals.create(actorKey, locked.viewed().relationship().id(),
                    new GoalInput(item.getText(), null, null, null, item.getDueOn(), item.getOwnerKey()));
            item.setGoalId(goal.id());
            item.setRevision(item.getRevision() + 1);
            item.save();
            return new Converted(SessionStore.toRecord(item), goal);
        });
    }

    /** Turns an action item into a milestone of one of the relationship's open goals, through the goal tracker. Once only. */
    public ActionItem toMilestone(String actorKey, long sessionId, long itemId, Long goalId) {
        if (goalId == null) {
            throw new ValidationException(List.of(Problem.of("goalId", "mentoring.error.required")));
        }
        return write(() -> {
            ItemLocked locked = lockItem(actorKey, sessionId, itemId);
            ActionItemEntity item = requireUnconverted(locked.item());
            Goal goal;
            try {
                goal = goals.get(actorKey, goalId);
            } catch (NotFoundException e) {
                goal = null;
            }
            if (goal == null || goal.relationshipId() != locked.viewed().relationship().id()) {
                throw new ValidationException(List.of(Problem.of("goalId", "mentoring.session.item.goal.other")));
            }
            Milestone milestone = goals.addMilestone(actorKey, goalId, item.getText());
            item.setGoalId(goalId);
            item.setMilestoneId(milestone.id());
            item.setRevision(item.getRevision() + 1);
            item.save();
            return SessionStore.toRecord(item);
        });
    }

    // --- rules ----------------------------------------------------------------------------------

    /**
     * Runs a write in one transaction. Writers of the same session or relationship queue on its row lock; where
     * the database refuses the second writer instead of making it wait (HSQLDB's MVCC raises a serialization
     * failure at once; any database may pick a deadlock victim), the transaction port runs the write again with
     * fresh data, so its rules (versions, "converted once") are checked against what the winner wrote.
     */
    private <T> T write(java.util.function.Supplier<T> work) {
        return content.write(work);
    }

    /** Sessions are logged while the pair meets: active, or alumni keeping in touch. */
    private static void requireOpen(Relationship r) {
        if (!r.status().isInTouch()) {
            throw new RuleViolationException(Problem.of("status", "mentoring.session.rule.status"));
        }
    }

    /** The log is pair content: members only. Anyone else is told it does not exist ({@code what}: what they asked for). */
    private void requireLogReadable(RelationshipService.Viewed viewed, String what) {
        if (!readsLog(viewed)) {
            throw new NotFoundException(what);
        }
    }

    private RelationshipService.Viewed readable(String viewerKey, long relationshipId) {
        return content.reader(viewerKey, relationshipId, Visibility.PAIR, "session");
    }

    private record Locked(SessionEntity session, RelationshipService.Viewed viewed) {
    }

    private record ItemLocked(ActionItemEntity item, RelationshipService.Viewed viewed) {
    }

    /** The relationship, if the actor may change its log's shared records now: a member, while the pair meets. */
    private RelationshipService.Viewed requireSharedChange(String actorKey, long relationshipId) {
        RelationshipService.Viewed viewed = readable(actorKey, relationshipId);
        if (!content.permits(viewed.role(), Action.EDIT_SHARED, Visibility.PAIR, false)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.session.rule.member"));
        }
        requireOpen(viewed.relationship());
        return viewed;
    }

    /** The session, under its row lock, for a change of its action items. */
    private Locked lockForSharedChange(String actorKey, long sessionId) {
        SessionEntity e = store.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
        RelationshipService.Viewed viewed = requireSharedChange(actorKey, e.getRelationshipId());
        return new Locked(store.locked(e), viewed);
    }

    private ItemLocked lockItem(String actorKey, long sessionId, long itemId) {
        SessionEntity e = store.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
        RelationshipService.Viewed viewed = requireSharedChange(actorKey, e.getRelationshipId());
        ActionItemEntity item = store.item(sessionId, itemId).orElseThrow(() -> new NotFoundException("action item"));
        return new ItemLocked(store.locked(item), viewed);
    }

    private static ActionItemEntity requireUnconverted(ActionItemEntity item) {
        if (item.getGoalId() != null) {
            throw new RuleViolationException(Problem.of(null, "mentoring.session.item.converted"));
        }
        return item;
    }

    /** Writes the viewer's own private-note column (the mentor's or the mentee's), and nothing else. */
    private void writeOwnNote(SessionEntity e, Role role, String note) {
        if (!content.permits(role, Action.EDIT_CONTENT, Visibility.PRIVATE, true)) {
            throw new NotFoundException("session");
        }
        if (role == Role.MENTOR) {
            e.setMentorNote(note);
        } else {
            e.setMenteeNote(note);
        }
        e.save();
    }

    private static void checkOwner(Problems problems, String field, String owner, Relationship r) {
        if (owner != null && !r.isMember(owner)) {
            problems.add(field, "mentoring.session.item.owner");
        }
    }

    /**
     * A session for one viewer: the shared record if they may read pair content, and of the two private notes
     * only their own — the one place that decides which private-note column anyone gets to see.
     */
    private Session toRecord(SessionEntity e, List<ActionItemEntity> items, Role role) {
        boolean shared = content.permits(role, Action.SEE_CONTENT, Visibility.PAIR, false);
        String own = null;
        if (content.permits(role, Action.SEE_CONTENT, Visibility.PRIVATE, true)) {
            own = role == Role.MENTOR ? e.getMentorNote() : role == Role.MENTEE ? e.getMenteeNote() : null;
        }
        return new Session(e.getID(), e.getRelationshipId(), LocalDate.parse(e.getHeldOn()), e.getDurationMinutes(),
                shared ? e.getTopics() : null, shared ? e.getSharedNotes() : null, own, SessionStore.date(e.getNextMeetingOn()),
                e.getLoggedBy(), e.getUpdatedBy(), java.time.Instant.ofEpochMilli(e.getCreatedAt()),
                java.time.Instant.ofEpochMilli(e.getUpdatedAt()), e.getRevision(),
                shared ? items.stream().map(SessionStore::toRecord).toList() : List.of());
    }

    // --- input ----------------------------------------------------------------------------------

    private record Shared(LocalDate heldOn, Integer minutes, String topics, String notes, LocalDate next) {
    }

    private record ItemFields(String text, String owner, LocalDate due, String prefix) {
    }

    private Shared shared(Problems problems, SessionInput input) {
        LocalDate heldOn = problems.optionalDate("heldOn", input.heldOn());
        if (heldOn == null && !problems.has("heldOn")) {
            problems.add("heldOn", "mentoring.error.required");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (heldOn != null && heldOn.isAfter(today)) {
            problems.add("heldOn", "mentoring.session.heldon.future");
        }
        if (input.durationMinutes() != null) {
            problems.checkRange("durationMinutes", input.durationMinutes(), 1, MAX_MINUTES);
        }
        String topics = problems.optionalText("topics", input.topics(), MAX_TOPICS);
        String notes = problems.optionalText("sharedNotes", input.sharedNotes(), MAX_NOTES);
        LocalDate next = problems.optionalDate("nextMeetingOn", input.nextMeetingOn());
        if (next != null && heldOn != null && !next.isAfter(heldOn)) {
            problems.add("nextMeetingOn", "mentoring.session.next.beforeheld");
        }
        return new Shared(heldOn, input.durationMinutes(), topics, notes, next);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
