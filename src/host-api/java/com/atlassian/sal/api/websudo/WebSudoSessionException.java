package com.atlassian.sal.api.websudo;

/** Signature-only stub: thrown when the administrator has no web-sudo session. Unchecked, as in SAL. */
public class WebSudoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
