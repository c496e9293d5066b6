package com.atlassian.templaterenderer;

/** Signature-only stub [V: reference B.5, extends RuntimeException]. */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message) { // [U] constructor shape
        super(message);
    }
}
