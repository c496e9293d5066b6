package org.mentoring.host.sal;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mentoring.host.AdminAccess;

/** Web sudo through SAL: without a secure administrator session the host asks for the password first. */
public final class SalAdminAccess implements AdminAccess {
    private final WebSudoManager webSudo;

    public SalAdminAccess(WebSudoManager webSudo) {
        this.webSudo = webSudo;
    }

    @Override
    public boolean proceed(HttpServletRequest request, HttpServletResponse response) {
        try {
            webSudo.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
    }
}
