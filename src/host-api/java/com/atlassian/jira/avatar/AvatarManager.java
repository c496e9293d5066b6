package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

/** Signature-only stub [V usage: a Platform-8 (jakarta) plugin creates its issue-type icon this way]. */
public interface AvatarManager {
    String PNG_CONTENT_TYPE = "image/png"; // [V] usage AvatarManager.PNG_CONTENT_TYPE; value [I]

    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, java.io.InputStream imageData,
                  Selection cropping) throws java.io.IOException; // [V] usage (IOException [I])

    Long getDefaultAvatarId(IconType iconType); // [V] usage
}
