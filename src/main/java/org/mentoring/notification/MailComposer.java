package org.mentoring.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentoring.host.Links;
import org.mentoring.host.Mail;
import org.mentoring.host.UserLocales;
import org.mentoring.host.ViewRenderer;
import org.mentoring.i18n.Messages;
import org.mentoring.web.PageText;

/**
 * Mail from outbox rows: the same sentences as the app (who did what, what they are to the reader), a link to each,
 * a subject naming the mentorship, an unsubscribe link per kind and a link to the preferences. Nothing else: the rows
 * hold no private content, and the templates escape everything in the HTML part.
 */
public final class MailComposer {
    static final String HTML = "templates/mail/notification-html.vm";
    static final String TEXT = "templates/mail/notification-text.vm";
    public static final String PREFERENCES = org.mentoring.web.PageLinks.RELATIVE.preferences();

    /** One line of a mail. Public with getters: Velocity introspects only public classes. */
    public static final class Line {
        private final String sentence;
        private final String url;

        Line(String sentence, String url) {
            this.sentence = sentence;
            this.url = url;
        }

        public String getSentence() {
            return sentence;
        }

        public String getUrl() {
            return url;
        }

        /** The plain-text part is not HTML: its values go out as they are (the Html suffix is how templates say "raw"). */
        public String getSentenceHtml() {
            return sentence;
        }

        public String getUrlHtml() {
            return url;
        }
    }

    private final NotificationText text;
    private final UnsubscribeLinks unsubscribe;
    private final Links links;
    private final ViewRenderer views;
    private final UserLocales locales;

    public MailComposer(NotificationText text, UnsubscribeLinks unsubscribe, Links links, ViewRenderer views, UserLocales locales) {
        this.text = text;
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.views = views;
        this.locales = locales;
    }

    /** One mail for {@code rows} of one recipient: a single notification, or a digest of several. */
    public Mail.Message compose(String recipientKey, List<MailOutboxEntity> rows, boolean digest) {
        Locale locale = locales.of(recipientKey);
        List<Line> lines = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        for (MailOutboxEntity row : rows) {
            lines.add(new Line(text.sentence(locale, row.getMessageKey(), row.getActorKey(), row.getActorRole(), NotificationText.split(row.getArgs())),
                    row.getLink() == null ? links.absolute(PREFERENCES) : links.absolute(row.getLink())));
            if (row.getActorKey() != null) {
                names.add(text.displayName(row.getActorKey()));
            }
            kinds.add(NotificationKind.of(row.getMessageKey()));
        }
        String with = String.join(", ", names);
        String subject = digest ? Messages.text(locale, names.isEmpty() ? "mentoring.mail.digest.subject.general" : "mentoring.mail.digest.subject", with)
                : names.isEmpty() ? Messages.text(locale, "mentoring.mail.subject.general", lines.get(0).getSentence())
                : Messages.text(locale, "mentoring.mail.subject", with, lines.get(0).getSentence());
        List<Map<String, String>> unsubscribes = new ArrayList<>();
        for (NotificationKind kind : kinds) {
            String url = unsubscribe.url(recipientKey, kind);
            unsubscribes.add(Map.of("kind", Messages.text(locale, kind.textKey()), "url", url, "kindHtml", Messages.text(locale, kind.textKey()),
                    "urlHtml", url));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(locale));
        context.put("lines", lines);
        context.put("digest", digest);
        context.put("unsubscribes", unsubscribes);
        context.put("preferencesUrl", links.absolute(PREFERENCES));
        context.put("preferencesUrlHtml", links.absolute(PREFERENCES));
        context.put("subject", subject);
        // The one-click header: this kind, or every kind for a digest of several.
        String oneClick = kinds.size() == 1 ? unsubscribe.url(recipientKey, kinds.iterator().next())
                : unsubscribe.url(recipientKey, UnsubscribeLinks.ALL);
        return new Mail.Message(recipientKey, subject, render(TEXT, context), render(HTML, context), oneClick);
    }

    private String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            views.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
