package org.mentoring.host;

import java.time.Clock;

/** Everything the app needs from its host, adapted to the app's ports: all {@code org.mentoring.MentoringGraph} is built from. */
public record HostPorts(EntityStore entities, Transactions transactions, UserDirectory users, PeopleSearch people,
                        Settings settings, CurrentUser currentUser, Links links, ViewRenderer views, AdminAccess adminAccess,
                        Mail mail, Clock clock, UserLocales locales) {
    /** For hosts that keep no language per person: mail in the default language. */
    public HostPorts(EntityStore entities, Transactions transactions, UserDirectory users, PeopleSearch people, Settings settings,
                     CurrentUser currentUser, Links links, ViewRenderer views, AdminAccess adminAccess, Mail mail, Clock clock) {
        this(entities, transactions, users, people, settings, currentUser, links, views, adminAccess, mail, clock, UserLocales.DEFAULT);
    }
}
