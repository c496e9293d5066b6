package com.atlassian.confluence.macro;

/** Signature-only stub. [V] reference B.3. */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) { // [V]
        super(message);
    }
}
