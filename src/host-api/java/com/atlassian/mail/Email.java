package com.atlassian.mail;

/** Signature-only stub: the subset of atlassian-mail's Email the app calls (its setters return the Email). */
public class Email {
    public Email(String to) {
        throw new UnsupportedOperationException("stub");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("stub");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("stub");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("stub");
    }

    public Email setEncoding(String encoding) {
        throw new UnsupportedOperationException("stub");
    }

    /** Copied onto the MIME message by the mail server (atlassian-mail MessageCreator). */
    public void addHeader(String headerName, String headerValue) {
        throw new UnsupportedOperationException("stub");
    }
}
