package org.mentoring.notification;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.error.Problems;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Transactions;

/**
 * Each person's delivery choices, per kind and channel. Defaults do not flood: in the app at once, by e-mail in the
 * daily digest. In the app there is no digest: a notification is shown, or not.
 */
public final class DeliveryPreferences {
    public record Choice(Delivery inApp, Delivery email) {
    }

    private static final String KINDS = String.join(", ", java.util.Arrays.stream(NotificationKind.values()).map(Enum::name).toList());

    public static final Choice DEFAULT = new Choice(Delivery.IMMEDIATE, Delivery.DIGEST);

    private final EntityStore store;
    private final Transactions transactions;

    public DeliveryPreferences(EntityStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** Every kind's choice for {@code userKey}: one query. */
    public Map<NotificationKind, Choice> of(String userKey) {
        Map<NotificationKind, Choice> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, DEFAULT);
        }
        for (DeliveryPreferenceEntity e : rows(userKey)) {
            parse(e.getKind(), NotificationKind.class).ifPresent(kind -> choices.put(kind,
                    new Choice(Delivery.valueOf(e.getInApp()), Delivery.valueOf(e.getEmail()))));
        }
        return choices;
    }

    public Choice of(String userKey, NotificationKind kind) {
        return of(userKey).get(kind);
    }

    /** Sets the choices named in {@code changes} (kind name → choice); anything unknown or a digest in the app is a 400 naming it. */
    public Map<NotificationKind, Choice> update(String userKey, Map<String, Map<String, String>> changes) {
        Problems problems = new Problems();
        Map<NotificationKind, Choice> parsed = new EnumMap<>(NotificationKind.class);
        Map<NotificationKind, Choice> current = of(userKey);
        for (Map.Entry<String, Map<String, String>> change : changes.entrySet()) {
            var kind = parse(change.getKey(), NotificationKind.class);
            if (kind.isEmpty()) {
                problems.add(change.getKey(), "mentoring.error.choice", KINDS);
                continue;
            }
            Map<String, String> channels = change.getValue() == null ? Map.of() : change.getValue();
            Choice was = current.get(kind.get());
            Delivery inApp = was.inApp();
            Delivery email = was.email();
            for (Map.Entry<String, String> channel : channels.entrySet()) {
                String field = change.getKey() + "." + channel.getKey();
                var delivery = channel.getValue() == null ? java.util.Optional.<Delivery>empty() : parse(channel.getValue(), Delivery.class);
                if (delivery.isEmpty() || !(channel.getKey().equals("inApp") || channel.getKey().equals("email"))
                        || (channel.getKey().equals("inApp") && delivery.get() == Delivery.DIGEST)) {
                    problems.add(field, "mentoring.error.choice", channel.getKey().equals("inApp") ? "IMMEDIATE, OFF" : "IMMEDIATE, DIGEST, OFF");
                } else if (channel.getKey().equals("inApp")) {
                    inApp = delivery.get();
                } else {
                    email = delivery.get();
                }
            }
            parsed.put(kind.get(), new Choice(inApp, email));
        }
        problems.throwIfAny();
        return transactions.execute(() -> {
            parsed.forEach((kind, choice) -> save(userKey, kind, choice));
            return of(userKey);
        });
    }

    /** The one-click unsubscribe: no more mail of {@code kind}, in-app unchanged. */
    public void unsubscribe(String userKey, NotificationKind kind) {
        transactions.execute(() -> {
            save(userKey, kind, new Choice(of(userKey, kind).inApp(), Delivery.OFF));
            return null;
        });
    }

    /** A digest's one-click unsubscribe: no more mail of any kind, in-app unchanged. */
    public void unsubscribeAll(String userKey) {
        transactions.execute(() -> {
            of(userKey).forEach((kind, choice) -> save(userKey, kind, new Choice(choice.inApp(), Delivery.OFF)));
            return null;
        });
    }

    private void save(String userKey, NotificationKind kind, Choice choice) {
        DeliveryPreferenceEntity[] found = store.find(DeliveryPreferenceEntity.class, Query.select()
                .where(DeliveryPreferenceEntity.USER_KEY + " = ? AND " + DeliveryPreferenceEntity.KIND + " = ?", userKey, kind.name()));
        if (found.length == 0) {
            Map<String, Object> values = new HashMap<>();
            values.put(DeliveryPreferenceEntity.USER_KEY, userKey);
            values.put(DeliveryPreferenceEntity.KIND, kind.name());
            values.put(DeliveryPreferenceEntity.IN_APP, choice.inApp().name());
            values.put(DeliveryPreferenceEntity.EMAIL, choice.email().name());
            store.create(DeliveryPreferenceEntity.class, values);
            return;
        }
        for (DeliveryPreferenceEntity e : found) {
            e.setInApp(choice.inApp().name());
            e.setEmail(choice.email().name());
            e.save();
        }
    }

    private DeliveryPreferenceEntity[] rows(String userKey) {
        return store.find(DeliveryPreferenceEntity.class, Query.select().where(DeliveryPreferenceEntity.USER_KEY + " = ?", userKey));
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(String name, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
