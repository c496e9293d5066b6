package org.mentoring.host;

import java.util.Optional;

/** Global app settings stored by the host (shared by every node of a cluster). */
public interface Settings {
    Optional<String> get(String key);

    void put(String key, String value);
}
