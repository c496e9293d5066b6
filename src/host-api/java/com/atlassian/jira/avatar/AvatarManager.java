package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

/** Signature-only stub. */
public interface AvatarManager {
    String PNG_CONTENT_TYPE = "image/png";

    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, java.io.InputStream imageData,
                  Selection cropping) throws java.io.IOException;

    Long getDefaultAvatarId(IconType iconType);
}
