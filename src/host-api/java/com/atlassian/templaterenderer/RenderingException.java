package com.atlassian.templaterenderer;

/** Signature-only stub. */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }
}
