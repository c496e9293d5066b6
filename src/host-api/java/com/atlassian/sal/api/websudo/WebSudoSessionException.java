package com.atlassian.sal.api.websudo;

/** Signature-only stub. [V] reference A.4: thrown when the admin has no web-sudo session. */
public class WebSudoSessionException extends Exception {
    private static final long serialVersionUID = 1L;
}
