package org.mentoring.host.sal;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import org.mentoring.host.UserLocales;

/** A person's language from SAL (their Jira or Confluence profile's, else the product's default). */
public final class SalUserLocales implements UserLocales {
    private final LocaleResolver resolver;

    public SalUserLocales(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Locale of(String userKey) {
        Locale locale = resolver.getLocale(new UserKey(userKey));
        return locale == null ? Locale.ENGLISH : locale;
    }
}
