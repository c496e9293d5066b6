package com.atlassian.sal.api.pluginsettings;

/** Signature-only stub [V: reference B.1]. */
public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings(); // [V]
}
