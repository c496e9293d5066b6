package org.mentoring.notification;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One person's choice for one kind of notification, per channel. Absent means the defaults. Stored in data: never rename or move. */
@Table("NOTIFY_PREF")
public interface DeliveryPreferenceEntity extends Entity {
    String USER_KEY = "USER_KEY";
    String KIND = "KIND";
    String IN_APP = "IN_APP";
    String EMAIL = "EMAIL";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(16)
    String getInApp();

    void setInApp(String delivery);

    @NotNull
    @StringLength(16)
    String getEmail();

    void setEmail(String delivery);
}
