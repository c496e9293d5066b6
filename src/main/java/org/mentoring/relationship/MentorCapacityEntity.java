package org.mentoring.relationship;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A mentor's own limit of active mentees (absent: the global default). Stored in data: never rename or move. */
@Table("MENTOR_CAPACITY")
public interface MentorCapacityEntity extends Entity {
    String USER_KEY = "USER_KEY";
    String CAPACITY = "CAPACITY";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    int getCapacity();

    void setCapacity(int capacity);
}
