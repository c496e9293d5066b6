package org.mentoring.host.standalone;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Locale;
import org.mentoring.error.Problem;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.UserDirectory;
import org.mentoring.rest.ErrorJson;

/**
 * Enforces the REST v2 access annotations as the hosts do: {@code @LicensedOnly} needs a signed-in user
 * (every demo user counts as licensed), {@code @AdminOnly} an administrator, {@code @UnrestrictedAccess} lets
 * anyone in. A resource that declares none of them is refused outright, so none can slip through undeclared.
 */
public final class AccessAnnotationFilter implements ContainerRequestFilter {
    @Context
    private ResourceInfo resourceInfo;
    @Context
    private HttpServletRequest request;

    private final CurrentUser currentUser;
    private final UserDirectory users;

    public AccessAnnotationFilter(CurrentUser currentUser, UserDirectory users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (resourceInfo.getResourceMethod() == null || "OPTIONS".equals(context.getMethod())) {
            return; // Jersey answers OPTIONS itself (Allow: the methods), revealing nothing a resource holds
        }
        if (declares(UnrestrictedAccess.class)) {
            return;
        }
        boolean adminOnly = declares(AdminOnly.class);
        if (!adminOnly && !declares(LicensedOnly.class)) {
            context.abortWith(error(500, "mentoring.error.undeclared"));
            return;
        }
        java.util.Optional<String> user = currentUser.userKey(request);
        if (user.isEmpty()) {
            context.abortWith(error(401, "mentoring.error.signin"));
        } else if (adminOnly && !users.isAdmin(user.get())) {
            context.abortWith(error(403, "mentoring.admin.only"));
        }
    }

    private boolean declares(Class<? extends java.lang.annotation.Annotation> annotation) {
        AnnotatedElement method = resourceInfo.getResourceMethod();
        return method.isAnnotationPresent(annotation) || resourceInfo.getResourceClass().isAnnotationPresent(annotation);
    }

    static Response error(int status, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(List.of(Problem.of(null, key)), Locale.ENGLISH)).build();
    }
}
