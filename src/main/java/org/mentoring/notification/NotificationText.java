package org.mentoring.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentoring.host.Notifications.ActorRole;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.i18n.Messages;

/**
 * A notification as a sentence for people: the actor's current display name as {0}, what they are to the reader
 * ("your mentor") as {1}, then the stored arguments. The one place the app and the mail write notification text.
 */
public final class NotificationText {
    private final UserDirectory users;

    public NotificationText(UserDirectory users) {
        this.users = users;
    }

    public String sentence(Locale locale, String key, String actorKey, String actorRole, List<String> stored) {
        return Messages.text(locale, key, args(locale, actorKey, actorRole, stored).toArray());
    }

    public List<Object> args(Locale locale, String actorKey, String actorRole, List<String> stored) {
        if (actorKey == null) {
            return new ArrayList<>(stored);
        }
        List<Object> args = new ArrayList<>();
        args.add(displayName(actorKey));
        args.add(actorRole == null ? "" : Messages.text(locale, "mentoring.notify.role." + ActorRole.valueOf(actorRole).name()));
        args.addAll(stored);
        return args;
    }

    public String displayName(String userKey) {
        return users.find(userKey).map(Person::displayName).orElse(userKey);
    }

    static List<String> split(String args) {
        return args == null || args.isEmpty() ? List.of() : List.of(args.split("\n", -1));
    }
}
