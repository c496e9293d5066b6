package org.mentoring.host.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The standalone host's settings table (the hosts use SAL plugin settings instead). */
@Table("SA_SETTING")
public interface StandaloneSettingEntity extends Entity {
    String NAME = "NAME";
    String VALUE = "VALUE";

    @NotNull
    @Unique
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getValue();

    void setValue(String value);
}
