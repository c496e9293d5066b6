package org.mentoring.host.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One failed sign-in (standalone host only), counted against a user name and against a client address
 * ({@link SignInThrottle}). Rows only ever get inserted and deleted, so nodes sharing the database count
 * together without lost updates. {@code THROTTLE_KEY} is a hash, never the name or address itself.
 */
@Table("SA_SIGNIN_FAIL")
public interface SignInFailureEntity extends Entity {
    String THROTTLE_KEY = "THROTTLE_KEY";
    String FAILED_AT = "FAILED_AT";

    @NotNull
    @Indexed
    @StringLength(64)
    String getThrottleKey();

    void setThrottleKey(String key);

    /** Epoch milliseconds. */
    @NotNull
    @Indexed
    long getFailedAt();

    void setFailedAt(long failedAt);
}
