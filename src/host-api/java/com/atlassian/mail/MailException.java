package com.atlassian.mail;

/** Signature-only stub. */
public class MailException extends Exception {
    private static final long serialVersionUID = 1L;
}
