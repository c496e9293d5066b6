package org.mentoring.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/**
 * A person's own notifications, newest first, in their language. Nobody reads anyone else's: the recipient is
 * always the viewer. At most three queries a page (the page, a count when the first page is full, the unread count).
 */
public final class NotificationInbox {
    /** How many notifications one "mark as read" touches: bounded work per request, whatever the backlog. */
    public static final int MARK_BATCH = 200;

    public record Item(long id, String message, String link, Instant createdAt, boolean read) {
    }

    public record Inbox(Page<Item> page, int unread) {
    }

    private final EntityStore store;
    private final NotificationText text;
    private final Clock clock;

    public NotificationInbox(EntityStore store, NotificationText text, Clock clock) {
        this.store = store;
        this.text = text;
        this.clock = clock;
    }

    public Inbox of(String viewerKey, Locale locale, PageRequest page) {
        String mine = NotificationEntity.RECIPIENT_KEY + " = ?";
        NotificationEntity[] rows = store.find(NotificationEntity.class, Query.select().where(mine, viewerKey)
                .order(NotificationEntity.CREATED_AT + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt()));
        List<Item> items = Arrays.stream(rows).map(e -> item(e, locale)).toList();
        return new Inbox(Page.counted(page, items, () -> store.count(NotificationEntity.class, Query.select().where(mine, viewerKey))),
                unread(viewerKey));
    }

    /** Marks the viewer's unread notifications up to {@code upToId} as read (the newest {@value #MARK_BATCH}); returns what stays unread. */
    public int markRead(String viewerKey, long upToId) {
        NotificationEntity[] unread = store.find(NotificationEntity.class, Query.select()
                .where(NotificationEntity.RECIPIENT_KEY + " = ? AND " + NotificationEntity.READ_AT + " IS NULL AND ID <= ?", viewerKey,
                        Math.min(upToId, Integer.MAX_VALUE))
                .order("ID DESC").limit(MARK_BATCH));
        long now = clock.millis();
        for (NotificationEntity e : unread) {
            e.setReadAt(now);
            e.save();
        }
        return unread(viewerKey);
    }

    /** Marks one of the viewer's notifications read (clicked); someone else's or a missing one is not found. */
    public int markOneRead(String viewerKey, long id) {
        NotificationEntity[] mine = store.find(NotificationEntity.class, Query.select()
                .where("ID = ? AND " + NotificationEntity.RECIPIENT_KEY + " = ?", id, viewerKey));
        if (mine.length == 0) {
            throw new org.mentoring.error.NotFoundException("notification");
        }
        if (mine[0].getReadAt() == null) {
            mine[0].setReadAt(clock.millis());
            mine[0].save();
        }
        return unread(viewerKey);
    }

    private int unread(String viewerKey) {
        return store.count(NotificationEntity.class, Query.select()
                .where(NotificationEntity.RECIPIENT_KEY + " = ? AND " + NotificationEntity.READ_AT + " IS NULL", viewerKey));
    }

    private Item item(NotificationEntity e, Locale locale) {
        String message = text.sentence(locale, e.getMessageKey(), e.getActorKey(), e.getActorRole(), NotificationText.split(e.getArgs()));
        return new Item(e.getID(), message, e.getLink(), Instant.ofEpochMilli(e.getCreatedAt()), e.getReadAt() != null);
    }
}
