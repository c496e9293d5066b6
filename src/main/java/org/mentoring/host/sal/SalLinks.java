package org.mentoring.host.sal;

import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.mentoring.host.Links;

/** The product's own sign-in page, returning to the requested page. */
public final class SalLinks implements Links {
    private final LoginUriProvider loginUriProvider;

    public SalLinks(LoginUriProvider loginUriProvider) {
        this.loginUriProvider = loginUriProvider;
    }

    @Override
    public URI signIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return loginUriProvider.getLoginUri(URI.create(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
    }
}
