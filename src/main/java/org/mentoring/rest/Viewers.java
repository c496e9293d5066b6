package org.mentoring.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.mentoring.error.NotAuthenticatedException;
import org.mentoring.host.CurrentUser;

/** The signed-in caller of a request, or a 401. */
public final class Viewers {
    private Viewers() {
    }

    public static String require(CurrentUser currentUser, HttpServletRequest request) {
        return currentUser.userKey(request).orElseThrow(NotAuthenticatedException::new);
    }
}
