package org.mentoring.host.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;

/**
 * Users through SAL. SAL has no "active" flag: a user it resolves counts as active; product
 * adapters that know better (Jira's ApplicationUser.isActive) refine this.
 */
public final class SalUserDirectory implements UserDirectory {
    private final UserManager userManager;

    public SalUserDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<Person> find(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) {
            return Optional.empty();
        }
        String displayName = profile.getFullName() == null || profile.getFullName().isBlank()
                ? profile.getUsername() : profile.getFullName();
        return Optional.of(new Person(userKey, profile.getUsername(), displayName, true));
    }

    @Override
    public Optional<Person> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(name.strip());
        if (profile == null || profile.getUserKey() == null) {
            return Optional.empty();
        }
        return find(profile.getUserKey().getStringValue());
    }

    @Override
    public boolean isAdmin(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return false;
        }
        UserKey key = new UserKey(userKey);
        return userManager.isAdmin(key) || userManager.isSystemAdmin(key);
    }
}
