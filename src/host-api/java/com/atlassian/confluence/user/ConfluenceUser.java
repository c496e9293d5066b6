package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Signature-only stub. */
public interface ConfluenceUser extends com.atlassian.user.User {
    /** public Confluence plugins call ceo.getCreator().getKey() and pass it to PersonService.withUserKey(UserKey) */
    UserKey getKey();
}
