package org.mentoring.host.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Each person's sign-in generation (standalone host only; the hosts keep their own sessions). A session
 * cookie names the generation it was issued in; signing out moves the generation on, which ends every
 * cookie issued before on every node.
 */
@Table("SA_SESSION_GEN")
public interface SessionGenerationEntity extends Entity {
    String USER_KEY = "USER_KEY";
    String GENERATION = "GENERATION";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    int getGeneration();

    void setGeneration(int generation);
}
