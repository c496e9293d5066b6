package org.mentoring.host.sal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.mentoring.host.Person;

/** The SAL adapters translate and nothing else; the Atlassian APIs are mocked (they exist only in the hosts). */
public class SalAdaptersTest {
    private final UserManager userManager = mock(UserManager.class);

    private UserProfile profile(String key, String username, String fullName) {
        UserProfile p = mock(UserProfile.class);
        when(p.getUserKey()).thenReturn(new UserKey(key));
        when(p.getUsername()).thenReturn(username);
        when(p.getFullName()).thenReturn(fullName);
        return p;
    }

    @Test
    public void findsPeopleByKeyWithTheirDisplayName() {
        UserProfile mara = profile("JIRAUSER10100", "mara", "Mara Okafor");
        when(userManager.getUserProfile(new UserKey("JIRAUSER10100"))).thenReturn(mara);
        SalUserDirectory users = new SalUserDirectory(userManager);

        assertEquals(Optional.of(new Person("JIRAUSER10100", "mara", "Mara Okafor", true)), users.find("JIRAUSER10100"));
        assertEquals(Optional.empty(), users.find("JIRAUSER99999"));
    }

    @Test
    public void aBlankFullNameFallsBackToTheUserName() {
        UserProfile bot = profile("k1", "build-bot", " ");
        when(userManager.getUserProfile(new UserKey("k1"))).thenReturn(bot);
        assertEquals("build-bot", new SalUserDirectory(userManager).find("k1").orElseThrow().displayName());
    }

    @Test
    public void noKeyAsksSalNothing() {
        SalUserDirectory users = new SalUserDirectory(userManager);
        assertEquals(Optional.empty(), users.find(null));
        assertEquals(Optional.empty(), users.find(""));
        assertFalse(users.isAdmin(null));
        verifyNoInteractions(userManager);
    }

    @Test
    public void administratorsAndSystemAdministratorsAreAdmins() {
        when(userManager.isAdmin(new UserKey("a"))).thenReturn(true);
        when(userManager.isSystemAdmin(new UserKey("s"))).thenReturn(true);
        SalUserDirectory users = new SalUserDirectory(userManager);
        assertTrue(users.isAdmin("a"));
        assertTrue(users.isAdmin("s"));
        assertFalse(users.isAdmin("u"));
    }

    @Test
    public void outsideJiraPeopleSearchFindsTheExactUserName() {
        UserProfile mara = profile("K", "mara", "Mara Okafor");
        when(userManager.getUserProfile("mara")).thenReturn(mara);
        when(userManager.getUserProfile(new UserKey("K"))).thenReturn(mara);
        HostPeopleSearch users = new HostPeopleSearch(new SalUserDirectory(userManager), java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals(List.of(new Person("K", "mara", "Mara Okafor", true)), users.search(" mara ", 10));
        assertEquals(List.of(), users.search("nobody", 10));
        assertEquals(List.of(), users.search("  ", 10));
    }

    @Test
    public void theCurrentUserComesFromTheRequest() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("K"));
        assertEquals(Optional.of("K"), new SalCurrentUser(userManager).userKey(request));
        HttpServletRequest anonymous = mock(HttpServletRequest.class);
        assertEquals(Optional.empty(), new SalCurrentUser(userManager).userKey(anonymous));
    }

    @Test
    public void settingsLiveInGlobalPluginSettings() {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        PluginSettings global = mock(PluginSettings.class);
        when(factory.createGlobalSettings()).thenReturn(global);
        when(global.get("a")).thenReturn("14");
        when(global.get("list")).thenReturn(List.of("x"));
        SalSettings settings = new SalSettings(factory);

        assertEquals(Optional.of("14"), settings.get("a"));
        assertEquals("only strings are ours", Optional.empty(), settings.get("list"));
        assertEquals(Optional.empty(), settings.get("missing"));
        settings.put("b", "3");
        verify(global).put("b", "3");
        assertThrows(IllegalArgumentException.class, () -> settings.put("k".repeat(101), "x"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void workRunsInsideSalsTransaction() {
        TransactionTemplate template = mock(TransactionTemplate.class);
        when(template.execute(any())).thenAnswer(inv -> ((TransactionCallback<Object>) inv.getArgument(0)).doInTransaction());
        Object result = new Object();
        assertSame(result, new SalTransactions(template).execute(() -> result));
        verify(template).execute(any());
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> new SalTransactions(template).execute(() -> { throw boom; })));
    }
}
