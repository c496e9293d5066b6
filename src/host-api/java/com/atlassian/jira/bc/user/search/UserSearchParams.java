package com.atlassian.jira.bc.user.search;

/** Signature-only stub [V usage new UserSearchParams.Builder().allowEmptyQuery(..).includeActive(..).includeInactive(..).maxResults(..).build()]. */
public class UserSearchParams {
    public static class Builder {
        public Builder() {
        }

        public Builder allowEmptyQuery(boolean allowEmptyQuery) { // [V]
            return this;
        }

        public Builder includeActive(boolean includeActive) { // [V]
            return this;
        }

        public Builder includeInactive(boolean includeInactive) { // [V]
            return this;
        }

        public Builder maxResults(Integer maxResults) { // [V]
            return this;
        }

        public UserSearchParams build() { // [V]
            return new UserSearchParams();
        }
    }
}
