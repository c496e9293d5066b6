package org.mentoring.host.sal;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.mentoring.host.Links;

/** The product's own sign-in page, returning to the requested page; absolute links through the product's base URL. */
public final class SalLinks implements Links {
    private final LoginUriProvider loginUriProvider;
    private final ApplicationProperties applicationProperties;

    public SalLinks(LoginUriProvider loginUriProvider, ApplicationProperties applicationProperties) {
        this.loginUriProvider = loginUriProvider;
        this.applicationProperties = applicationProperties;
    }

    /** The canonical base URL (the one administrators set), also outside a request: mail is written by a job. */
    @Override
    public String absolute(String path) {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    @Override
    public URI signIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return loginUriProvider.getLoginUri(URI.create(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
    }
}
