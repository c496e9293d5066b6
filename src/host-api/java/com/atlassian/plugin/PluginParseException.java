package com.atlassian.plugin;

/** Signature-only stub [V usage: thrown by ContextProvider.init / Condition.init in public plugins]. */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) { // [I]
        super(message);
    }
}
