package org.mentoring.host.sal;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Optional;
import org.mentoring.host.Settings;

/** Settings in SAL's global plugin settings (database-backed, shared across the cluster). Keys are ≤ 100 characters. */
public final class SalSettings implements Settings {
    private final PluginSettingsFactory factory;

    public SalSettings(PluginSettingsFactory factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> get(String key) {
        Object value = factory.createGlobalSettings().get(key);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public void put(String key, String value) {
        if (key.length() > 100) {
            throw new IllegalArgumentException("SAL setting keys are limited to 100 characters: " + key);
        }
        factory.createGlobalSettings().put(key, value);
    }
}
