package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signature-only stub: administrator re-authentication for admin pages. [V] reference A.4 (Slack ConfigureServlet, jakarta on Platform 8) */
public interface WebSudoManager {
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException; // [V]

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response); // [V]
}
