package org.mentoring.host.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.mentoring.host.CurrentUser;

/** The signed-in user as SAL sees the request. */
public final class SalCurrentUser implements CurrentUser {
    private final UserManager userManager;

    public SalCurrentUser(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> userKey(HttpServletRequest request) {
        UserKey key = userManager.getRemoteUserKey(request);
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }
}
