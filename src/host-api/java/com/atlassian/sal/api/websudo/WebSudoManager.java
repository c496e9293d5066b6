package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signature-only stub: administrator re-authentication for admin pages */
public interface WebSudoManager {
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
