package org.mentoring.network;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.IntroductionAction;
import org.mentoring.access.Parties;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Notifications;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.PairContent;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipNotices;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.web.PageLinks;

/**
 * Introductions (networking), double opt-in. Within an active, paused or alumni relationship either member asks the
 * other for an introduction — to a named person or "someone who knows X" — with a purpose. The asked member declines,
 * or introduces someone with a note addressed to them. The introduced person sees who introduces them and that note,
 * and accepts or declines; only on acceptance do they and the asker learn each other's names (and they the purpose).
 * Pair content of the relationship: program managers and administrators see nothing of it. Notifications say that
 * something happened, who (where the reader may know), and where — never the purpose or the note.
 */
public final class IntroductionService {
    public static final int MAX_PURPOSE = 2000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_WANTED = 450;
    /** How many open introductions {@link #cancelOpenThrough} cancels per transaction. */
    static final int CANCEL_BATCH = 50;
    /** How many introductions {@link #involving} reads per query. */
    static final int EXPORT_BATCH = 100;
    static final String NOTICE = "mentoring.introduction.notify.";

    private final IntroductionStore store;
    private final PairContent content;
    private final RelationshipService relationships;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;

    public IntroductionService(IntroductionStore store, PairContent content, RelationshipService relationships, AccessPolicy access,
                               UserDirectory users, Notifications notifications, Clock clock) {
        this.store = store;
        this.content = content;
        this.relationships = relationships;
        this.access = access;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** One introduction as {@code viewerKey} may see it; not found for anyone the access policy keeps it from. */
    public Introduction get(String viewerKey, long id) {
        IntroductionEntity e = store.find(id).orElseThrow(() -> new NotFoundException("introduction"));
        Seen seen = seen(viewerKey, e);
        return toRecord(e, seen, store.events(List.of(id)).getOrDefault(id, List.of()));
    }

    /** A relationship's introductions, newest first (without their history): its members only (pair content). */
    public Page<Introduction> ofRelationship(String viewerKey, long relationshipId, PageRequest page) {
        RelationshipService.Viewed viewed = content.reader(viewerKey, relationshipId, Visibility.PAIR, "relationship");
        return ofRelationship(viewerKey, viewed, page);
    }

    /** The same for a relationship the viewer already viewed (the relationship page's section). */
    public Page<Introduction> ofRelationship(String viewerKey, RelationshipService.Viewed viewed, PageRequest page) {
        content.reader(viewed, Visibility.PAIR, "relationship");
        Relationship r = viewed.relationship();
        List<IntroductionEntity> rows = store.ofRelationship(r.id(), page);
        Page<IntroductionEntity> found = Page.counted(page, rows, () -> store.countOfRelationship(r.id()));
        return found.map(e -> toRecord(e, new Seen(access.introductionRoleOf(viewerKey, r.parties(), e.getIntroducedKey()),
                viewerKey.equals(e.getAskerKey()), r), null));
    }

    /** Whether the viewer reads (and may ask for) introductions in this relationship: its members. */
    public boolean readsIntroductions(RelationshipService.Viewed viewed) {
        return content.reads(viewed, Visibility.PAIR);
    }

    /** Whether the viewer may ask for an introduction in this relationship now. */
    public boolean mayAsk(RelationshipService.Viewed viewed) {
        return access.permitsIntroduction(viewed.role(), IntroductionAction.ASK, true, false) && open(viewed.relationship().status());
    }

    /** Introductions waiting for the viewer's answer (as the person introduced). */
    public Page<Introduction> waitingFor(String viewerKey, PageRequest page) {
        List<IntroductionEntity> rows = store.waitingFor(viewerKey, page);
        return ofOwn(viewerKey, Page.counted(page, rows, () -> store.countWaitingFor(viewerKey)));
    }

    /** The viewer's network: accepted introductions they asked for or were introduced in (with whom, and by whom). */
    public Page<Introduction> networkOf(String viewerKey, PageRequest page) {
        List<IntroductionEntity> rows = store.connectionsOf(viewerKey, page);
        return ofOwn(viewerKey, Page.counted(page, rows, () -> store.countConnectionsOf(viewerKey)));
    }

    /** The introductions the viewer made for the other member of one of their relationships. */
    public Page<Introduction> madeBy(String viewerKey, PageRequest page) {
        List<IntroductionEntity> rows = store.madeBy(viewerKey, page);
        return ofOwn(viewerKey, Page.counted(page, rows, () -> store.countMadeBy(viewerKey)));
    }

    /**
     * Every introduction {@code userKey} asked for, was asked for or was introduced in, with its history, as they may
     * see it: their personal-data export. A batch of {@link #EXPORT_BATCH} at a time (one query, plus one for their
     * histories), so nobody's introductions are loaded all at once.
     */
    public List<Introduction> involving(String userKey) {
        List<Introduction> out = new ArrayList<>();
        for (int start = 0; ; start += EXPORT_BATCH) {
            List<IntroductionEntity> rows = store.involving(userKey, start, EXPORT_BATCH);
            Map<Long, List<IntroductionEventEntity>> events = store.events(rows.stream().map(e -> (long) e.getID()).toList());
            for (IntroductionEntity e : rows) {
                Parties pair = new Parties(e.getAskerKey(), e.getAskedKey(), null);
                Role role = access.introductionRoleOf(userKey, pair, e.getIntroducedKey());
                boolean asker = userKey.equals(e.getAskerKey());
                if (access.permitsIntroduction(role, IntroductionAction.SEE, asker, accepted(e))) {
                    out.add(toRecord(e, new Seen(role, asker, null), events.getOrDefault((long) e.getID(), List.of())));
                }
            }
            if (rows.size() < EXPORT_BATCH) {
                return out;
            }
        }
    }

    // --- writing ---------------------------------------------------------------------------------

    /** Asks the other member of the relationship for an introduction; tells them. */
    public Introduction ask(String actorKey, long relationshipId, IntroductionInput input) {
        Problems problems = new Problems();
        String wantedKey = blankToNull(input.wantedKey());
        String wantedText = problems.optionalText("wantedText", input.wantedText(), MAX_WANTED);
        String purpose = problems.requiredText("purpose", input.purpose(), MAX_PURPOSE);
        if (wantedKey == null && wantedText == null && !problems.has("wantedText")) {
            problems.add("wantedText", "mentoring.introduction.wanted.required");
        }
        if (wantedKey != null && !activePerson(wantedKey)) {
            problems.add("wantedKey", "mentoring.introduction.person.unknown");
        }
        problems.throwIfAny();
        return content.write(() -> {
            RelationshipService.Viewed viewed = content.reader(actorKey, relationshipId, Visibility.PAIR, "relationship");
            Relationship r = viewed.relationship();
            if (!access.permitsIntroduction(viewed.role(), IntroductionAction.ASK, true, false)) {
                throw new NotFoundException("relationship");
            }
            if (!open(r.status())) {
                throw new RuleViolationException(Problem.of("status", "mentoring.introduction.rule.status"));
            }
            if (wantedKey != null && r.isMember(wantedKey)) {
                throw new org.mentoring.error.ValidationException(List.of(Problem.of("wantedKey", "mentoring.introduction.person.member")));
            }
            long now = clock.millis();
            Map<String, Object> values = new HashMap<>();
            values.put(IntroductionEntity.RELATIONSHIP_ID, r.id());
            values.put(IntroductionEntity.ASKER_KEY, actorKey);
            values.put(IntroductionEntity.ASKED_KEY, r.otherMember(actorKey));
            values.put(IntroductionEntity.WANTED_KEY, wantedKey);
            values.put(IntroductionEntity.WANTED_TEXT, wantedText);
            values.put(IntroductionEntity.PURPOSE, purpose);
            values.put(IntroductionEntity.STATUS, IntroductionStatus.ASKED.name());
            values.put(IntroductionEntity.CREATED_AT, now);
            values.put(IntroductionEntity.UPDATED_AT, now);
            values.put(IntroductionEntity.REVISION, 1);
            IntroductionEntity e = store.insert(values);
            store.appendEvent(e.getID(), 1, "ASK", actorKey, Instant.ofEpochMilli(now));
            notifyMember(r, e, r.otherMember(actorKey), actorKey, "ASK");
            return toRecord(e, new Seen(viewed.role(), true, r), store.events(List.of((long) e.getID())).getOrDefault((long) e.getID(), List.of()));
        });
    }

    /**
     * Moves an introduction on: the asked member introduces ({@code introducedKey}, {@code note}) or declines; the
     * introduced person accepts or declines; the asker withdraws while it is open. {@code version}, when given, must be
     * the one the caller read (409 otherwise).
     */
    public Introduction move(String actorKey, long id, IntroductionMove move, String introducedKey, String note, Integer version) {
        Problems problems = new Problems();
        String introduced = null;
        String text = null;
        if (move == IntroductionMove.INTRODUCE) {
            introduced = blankToNull(introducedKey);
            if (introduced == null) {
                problems.add("introducedKey", "mentoring.error.required");
            } else if (!activePerson(introduced)) {
                problems.add("introducedKey", "mentoring.introduction.person.unknown");
            }
            text = problems.requiredText("note", note, MAX_NOTE);
        }
        problems.throwIfAny();
        String who = introduced;
        String noteText = text;
        return content.write(() -> {
            IntroductionEntity found = store.find(id).orElseThrow(() -> new NotFoundException("introduction"));
            Seen seen = seen(actorKey, found);
            if (!access.permitsIntroduction(seen.role(), required(move, seen.role()), seen.asker(), false)) {
                throw new ForbiddenException(Problem.of(null, "mentoring.introduction.rule.part"));
            }
            IntroductionEntity e = store.locked(found);
            if (version != null && version != e.getRevision()) {
                throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
            }
            IntroductionStatus status = IntroductionStatus.valueOf(e.getStatus());
            Relationship r = seen.relationship();
            String event;
            IntroductionStatus next;
            switch (move) {
                case INTRODUCE -> {
                    requireStatus(status, IntroductionStatus.ASKED);
                    if (r.isMember(who)) {
                        throw new org.mentoring.error.ValidationException(List.of(Problem.of("introducedKey", "mentoring.introduction.person.member")));
                    }
                    e.setIntroducedKey(who);
                    e.setNote(noteText);
                    next = IntroductionStatus.INTRODUCED;
                    event = "INTRODUCE";
                }
                case DECLINE -> {
                    boolean byIntroduced = seen.role() == Role.INTRODUCED;
                    requireStatus(status, byIntroduced ? IntroductionStatus.INTRODUCED : IntroductionStatus.ASKED);
                    next = byIntroduced ? IntroductionStatus.REFUSED : IntroductionStatus.DECLINED;
                    event = byIntroduced ? "REFUSE" : "DECLINE";
                }
                case ACCEPT -> {
                    requireStatus(status, IntroductionStatus.INTRODUCED);
                    next = IntroductionStatus.ACCEPTED;
                    event = "ACCEPT";
                }
                case WITHDRAW -> {
                    if (!status.isOpen()) {
                        throw new RuleViolationException(Problem.of("status", "mentoring.introduction.rule.closed"));
                    }
                    next = IntroductionStatus.WITHDRAWN;
                    event = "WITHDRAW";
                }
                default -> throw new NotFoundException("move");
            }
            int revision = e.getRevision() + 1;
            long now = clock.millis();
            e.setStatus(next.name());
            e.setRevision(revision);
            e.setUpdatedAt(now);
            e.save();
            store.appendEvent(e.getID(), revision, event, actorKey, Instant.ofEpochMilli(now));
            tell(r, e, event, actorKey, status);
            Seen after = new Seen(access.introductionRoleOf(actorKey, r.parties(), e.getIntroducedKey()), seen.asker(), r);
            return toRecord(e, after, store.events(List.of(id)).getOrDefault(id, List.of()));
        });
    }

    /**
     * For user deactivation (a step of the "people who leave" flow): cancels every open introduction
     * {@code userKey} asked for, was asked for, or was introduced in, and tells the others in it (without naming
     * anyone they may not know of). A batch per transaction; returns how many were cancelled.
     */
    public int cancelOpenThrough(String userKey) {
        int cancelled = 0;
        while (true) {
            int batch = content.write(() -> {
                List<IntroductionEntity> open = store.openThrough(userKey, CANCEL_BATCH);
                for (IntroductionEntity found : open) {
                    IntroductionEntity e = store.locked(found);
                    IntroductionStatus status = IntroductionStatus.valueOf(e.getStatus());
                    if (!status.isOpen()) {
                        continue;
                    }
                    int revision = e.getRevision() + 1;
                    long now = clock.millis();
                    e.setStatus(IntroductionStatus.CANCELLED.name());
                    e.setRevision(revision);
                    e.setUpdatedAt(now);
                    e.save();
                    store.appendEvent(e.getID(), revision, "CANCEL", null, Instant.ofEpochMilli(now));
                    Set<String> others = new LinkedHashSet<>();
                    others.add(e.getAskerKey());
                    others.add(e.getAskedKey());
                    if (status == IntroductionStatus.INTRODUCED) {
                        others.add(e.getIntroducedKey());
                    }
                    others.remove(userKey);
                    for (String other : others) {
                        notifications.send(new Notifications.Notification(other, null, null, NOTICE + "CANCEL", List.of(),
                                linkFor(other, e)));
                    }
                }
                return open.size();
            });
            cancelled += batch;
            if (batch < CANCEL_BATCH) {
                return cancelled;
            }
        }
    }

    // --- rules ----------------------------------------------------------------------------------

    /** The viewer's part in one introduction, worked out once. */
    private record Seen(Role role, boolean asker, Relationship relationship) {
    }

    /** The viewer's part, or not found for anyone who may not know of the introduction. */
    private Seen seen(String viewerKey, IntroductionEntity e) {
        Relationship r = relationships.find(e.getRelationshipId()).orElseThrow(() -> new NotFoundException("introduction"));
        Role role = access.introductionRoleOf(viewerKey, r.parties(), e.getIntroducedKey());
        boolean asker = viewerKey != null && viewerKey.equals(e.getAskerKey());
        if (!access.permitsIntroduction(role, IntroductionAction.SEE, asker, accepted(e))) {
            throw new NotFoundException("introduction");
        }
        return new Seen(role, asker, r);
    }

    private static IntroductionAction required(IntroductionMove move, Role role) {
        return switch (move) {
            case INTRODUCE -> IntroductionAction.INTRODUCE;
            case DECLINE -> role == Role.INTRODUCED ? IntroductionAction.ANSWER : IntroductionAction.INTRODUCE;
            case ACCEPT -> IntroductionAction.ANSWER;
            case WITHDRAW -> IntroductionAction.WITHDRAW;
        };
    }

    /** Introductions are asked for while the pair works together (active or paused) or keeps in touch (alumni). */
    private static boolean open(RelationshipStatus status) {
        return status == RelationshipStatus.ACTIVE || status == RelationshipStatus.PAUSED || status == RelationshipStatus.ALUMNI;
    }

    private static void requireStatus(IntroductionStatus status, IntroductionStatus wanted) {
        if (status != wanted) {
            throw new RuleViolationException(Problem.of("status", "mentoring.introduction.rule.closed"));
        }
    }

    private static boolean accepted(IntroductionEntity e) {
        return IntroductionStatus.ACCEPTED.name().equals(e.getStatus());
    }

    private boolean activePerson(String userKey) {
        return users.find(userKey).filter(Person::active).isPresent();
    }

    /** Who hears of a change, and what; each only what they may know (the asker never learns who declined). */
    private void tell(Relationship r, IntroductionEntity e, String event, String actorKey, IntroductionStatus before) {
        switch (event) {
            case "INTRODUCE" -> {
                notifyMember(r, e, e.getAskerKey(), actorKey, "INTRODUCE");
                notifications.send(new Notifications.Notification(e.getIntroducedKey(), actorKey, null, NOTICE + "INTRODUCED", List.of(),
                        linkFor(e.getIntroducedKey(), e)));
            }
            case "DECLINE" -> notifyMember(r, e, e.getAskerKey(), actorKey, "DECLINE");
            case "ACCEPT" -> {
                notifications.send(new Notifications.Notification(e.getAskerKey(), actorKey, null, NOTICE + "ACCEPT", List.of(),
                        linkFor(e.getAskerKey(), e)));
                notifications.send(new Notifications.Notification(e.getAskedKey(), actorKey, null, NOTICE + "ACCEPT_MADE", List.of(),
                        linkFor(e.getAskedKey(), e)));
                notifications.retract(NOTICE + "INTRODUCED", linkFor(e.getIntroducedKey(), e));
            }
            case "REFUSE" -> {
                // The asker never learns who it was: no actor.
                notifications.send(new Notifications.Notification(e.getAskerKey(), null, null, NOTICE + "REFUSE", List.of(),
                        linkFor(e.getAskerKey(), e)));
                notifications.send(new Notifications.Notification(e.getAskedKey(), actorKey, null, NOTICE + "REFUSE_MADE", List.of(),
                        linkFor(e.getAskedKey(), e)));
                notifications.retract(NOTICE + "INTRODUCED", linkFor(e.getIntroducedKey(), e));
            }
            case "WITHDRAW" -> {
                notifyMember(r, e, e.getAskedKey(), actorKey, "WITHDRAW");
                if (before == IntroductionStatus.INTRODUCED) {
                    // The introduced person does not know the asker: the introduction is withdrawn, by nobody named.
                    notifications.send(new Notifications.Notification(e.getIntroducedKey(), null, null, NOTICE + "WITHDRAWN", List.of(),
                            linkFor(e.getIntroducedKey(), e)));
                    notifications.retract(NOTICE + "INTRODUCED", linkFor(e.getIntroducedKey(), e));
                }
            }
            default -> {
            }
        }
    }

    private void notifyMember(Relationship r, IntroductionEntity e, String recipient, String actorKey, String what) {
        notifications.send(new Notifications.Notification(recipient, actorKey, RelationshipNotices.role(r, actorKey), NOTICE + what,
                List.of(), linkFor(recipient, e)));
    }

    /** Members go to the introduction on their relationship's page; the introduced person to their network page. */
    static String linkFor(String recipient, IntroductionEntity e) {
        if (recipient.equals(e.getAskerKey()) || recipient.equals(e.getAskedKey())) {
            return PageLinks.RELATIVE.relationship(e.getRelationshipId()) + "#introduction-" + e.getID();
        }
        return PageLinks.RELATIVE.network() + "#introduction-" + e.getID();
    }

    // --- records ---------------------------------------------------------------------------------

    /**
     * The viewer's own introductions (their query already picked those they ask, were asked or are introduced in),
     * without reading each one's relationship: its two members are the asker and the asked member, and which of
     * them mentors does not matter to the introduction table — only being a member does.
     */
    private Page<Introduction> ofOwn(String viewerKey, Page<IntroductionEntity> rows) {
        return rows.map(e -> {
            Parties pair = new Parties(e.getAskerKey(), e.getAskedKey(), null);
            return toRecord(e, new Seen(access.introductionRoleOf(viewerKey, pair, e.getIntroducedKey()), viewerKey.equals(e.getAskerKey()), null),
                    null);
        });
    }

    /** An introduction for one viewer: what the access policy keeps from them is left out. */
    private Introduction toRecord(IntroductionEntity e, Seen seen, List<IntroductionEventEntity> events) {
        boolean accepted = accepted(e);
        Role role = seen.role();
        boolean askerAndPurpose = access.permitsIntroduction(role, IntroductionAction.SEE_ASKER_AND_PURPOSE, seen.asker(), accepted);
        boolean introducedName = access.permitsIntroduction(role, IntroductionAction.SEE_INTRODUCED, seen.asker(), accepted);
        IntroductionStatus status = IntroductionStatus.valueOf(e.getStatus());
        List<IntroductionMove> moves = new ArrayList<>();
        if (status == IntroductionStatus.ASKED && access.permitsIntroduction(role, IntroductionAction.INTRODUCE, seen.asker(), false)) {
            moves.add(IntroductionMove.INTRODUCE);
            moves.add(IntroductionMove.DECLINE);
        }
        if (status == IntroductionStatus.INTRODUCED && access.permitsIntroduction(role, IntroductionAction.ANSWER, seen.asker(), false)) {
            moves.add(IntroductionMove.ACCEPT);
            moves.add(IntroductionMove.DECLINE);
        }
        if (status.isOpen() && access.permitsIntroduction(role, IntroductionAction.WITHDRAW, seen.asker(), false)) {
            moves.add(IntroductionMove.WITHDRAW);
        }
        List<Introduction.Event> history = events == null ? null : new ArrayList<>();
        for (IntroductionEventEntity ev : events == null ? List.<IntroductionEventEntity>of() : events) {
            String actor = ev.getActorKey();
            if (actor != null && actor.equals(e.getIntroducedKey()) && !introducedName) {
                actor = null;
            }
            if (actor != null && actor.equals(e.getAskerKey()) && !askerAndPurpose) {
                actor = null;
            }
            history.add(new Introduction.Event(ev.getSeq(), ev.getType(), actor, Instant.ofEpochMilli(ev.getOccurredAt())));
        }
        return new Introduction(e.getID(), e.getRelationshipId(), status, askerAndPurpose ? e.getAskerKey() : null, e.getAskedKey(),
                askerAndPurpose ? e.getWantedKey() : null, askerAndPurpose ? e.getWantedText() : null, askerAndPurpose ? e.getPurpose() : null,
                introducedName ? e.getIntroducedKey() : null, introducedName ? e.getNote() : null, Instant.ofEpochMilli(e.getCreatedAt()),
                Instant.ofEpochMilli(e.getUpdatedAt()), e.getRevision(), role, seen.asker(), moves, history);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
