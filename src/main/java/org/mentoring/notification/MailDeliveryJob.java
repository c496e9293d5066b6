package org.mentoring.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Mail;
import org.mentoring.host.Person;
import org.mentoring.host.ScheduledJob;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;

/**
 * Delivers the mail outbox, once per cluster (through the host's scheduler): each due immediate row as its own mail,
 * each person's due digest rows as one mail. A person at a time, in a transaction that deletes what the host's mail
 * took; a refused mail stays for the next run. Deactivated or unknown people get nothing: their rows are dropped.
 */
public final class MailDeliveryJob implements ScheduledJob {
    public static final String ID = "org.mentoring.notification.mail-delivery";
    static final int PEOPLE_PER_RUN = 200;
    static final int ROWS_PER_PERSON = 100;
    private static final Logger LOG = Logger.getLogger(MailDeliveryJob.class.getName());

    private final EntityStore store;
    private final Transactions transactions;
    private final UserDirectory users;
    private final MailComposer composer;
    private final Mail mail;
    private final Clock clock;

    public MailDeliveryJob(EntityStore store, Transactions transactions, UserDirectory users, MailComposer composer, Mail mail, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.users = users;
        this.composer = composer;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public String run() {
        long now = clock.millis();
        Set<String> people = new LinkedHashSet<>();
        for (MailOutboxEntity row : transactions.execute(() -> store.find(MailOutboxEntity.class, Query.select()
                .where(MailOutboxEntity.DUE_AT + " <= ?", now).order(MailOutboxEntity.DUE_AT + ", ID").limit(PEOPLE_PER_RUN * 4)))) {
            if (people.size() < PEOPLE_PER_RUN) {
                people.add(row.getRecipientKey());
            }
        }
        int sent = 0;
        int failed = 0;
        for (String person : people) {
            try {
                sent += transactions.execute(() -> deliver(person, now));
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Mentoring mail to one person could not be handed to the host's mail; it stays for the next run: "
                        + e.getClass().getSimpleName());
            }
        }
        return sent + " mails sent, " + failed + " people to retry";
    }

    private int deliver(String person, long now) {
        MailOutboxEntity[] due = store.find(MailOutboxEntity.class, Query.select()
                .where(MailOutboxEntity.RECIPIENT_KEY + " = ? AND " + MailOutboxEntity.DUE_AT + " <= ?", person, now)
                .order("ID").limit(ROWS_PER_PERSON));
        if (due.length == 0) {
            return 0;
        }
        if (!users.find(person).map(Person::active).orElse(false)) {
            store.delete(due);
            return 0;
        }
        int sent = 0;
        List<MailOutboxEntity> digest = java.util.Arrays.stream(due).filter(MailOutboxEntity::isDigest).toList();
        for (MailOutboxEntity row : due) {
            if (!row.isDigest()) {
                mail.send(composer.compose(person, List.of(row), false));
                sent++;
            }
        }
        if (!digest.isEmpty()) {
            mail.send(composer.compose(person, digest, true));
            sent++;
        }
        store.delete(due);
        return sent;
    }
}
