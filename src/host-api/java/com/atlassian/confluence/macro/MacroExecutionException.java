package com.atlassian.confluence.macro;

/** Signature-only stub */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        super(message);
    }
}
