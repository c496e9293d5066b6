package org.mentoring.host.standalone;

import java.util.List;
import java.util.Map;
import org.mentoring.host.UserDirectory;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PersonalData;

/**
 * The standalone host's own records about people (sign-out generations and directory active flags by user key, failed
 * sign-ins by hashed name),
 * erased with the app's data. Nothing of it is exported: it is the host's security bookkeeping.
 */
final class StandalonePersonalData implements PersonalData {
    private static final List<KeyColumn> KEYS = List.of(KeyColumn.of(SessionGenerationEntity.class, SessionGenerationEntity.USER_KEY),
            KeyColumn.of(UserActiveEntity.class, UserActiveEntity.USER_KEY));

    private final KeyRewrite rewrite;
    private final UserDirectory users;
    private final SignInThrottle throttle;

    StandalonePersonalData(KeyRewrite rewrite, UserDirectory users, SignInThrottle throttle) {
        this.rewrite = rewrite;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public String part() {
        return "standalone";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        return Map.of("standalone.sessions", rewrite.count(KEYS.get(0), userKey));
    }

    @Override
    public Object export(String userKey) {
        return null;
    }

    @Override
    public void erase(String userKey) {
        users.find(userKey).ifPresent(p -> throttle.forget(p.name()));
    }
}
