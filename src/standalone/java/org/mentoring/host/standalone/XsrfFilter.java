package org.mentoring.host.standalone;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import com.atlassian.annotations.security.XsrfProtectionExcluded;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * XSRF protection for state changes, as Atlassian REST applies it: a browser form cannot send JSON
 * across sites, so a state change must be JSON, or carry {@code X-Atlassian-Token: no-check}, or be a method marked
 * {@code @XsrfProtectionExcluded} (the signed unsubscribe link, which mail programs POST as a form).
 */
public final class XsrfFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod())) {
            return;
        }
        if (resourceInfo != null && resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(XsrfProtectionExcluded.class)) {
            return;
        }
        if ("no-check".equalsIgnoreCase(context.getHeaderString("X-Atlassian-Token"))) {
            return;
        }
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        context.abortWith(AccessAnnotationFilter.error(403, "mentoring.error.xsrf"));
    }
}
