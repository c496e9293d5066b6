package org.mentoring.host.standalone;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import com.atlassian.annotations.security.XsrfProtectionExcluded;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * XSRF protection for state changes, as Atlassian REST applies it: a browser form cannot send JSON
 * across sites, so a state change must be JSON, or carry {@code X-Atlassian-Token: no-check}, or be a method marked
 * {@code @XsrfProtectionExcluded} (the signed unsubscribe link, which mail programs POST as a form).
 */
@PreMatching
public final class XsrfFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** The paths of resources with an excluded method at their own path (read before matching, so a refusal is 403 first). */
    private final Set<String> excluded;

    public XsrfFilter(java.util.Collection<Class<?>> resources) {
        Set<String> paths = new java.util.HashSet<>();
        for (Class<?> resource : resources) {
            jakarta.ws.rs.Path path = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (path == null) {
                continue;
            }
            for (java.lang.reflect.Method m : resource.getMethods()) {
                if (m.isAnnotationPresent(XsrfProtectionExcluded.class) && !m.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    paths.add(path.value().replaceAll("^/+|/+$", ""));
                }
            }
        }
        this.excluded = Set.copyOf(paths);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod())) {
            return;
        }
        if (excluded.contains(context.getUriInfo().getPath().replaceAll("^/+|/+$", ""))) {
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
