package com.atlassian.sal.api.pluginsettings;

/** Signature-only stub. */
public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
