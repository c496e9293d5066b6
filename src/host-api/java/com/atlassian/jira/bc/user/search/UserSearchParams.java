package com.atlassian.jira.bc.user.search;

/** Signature-only stub (evidence: src/test/resources/host-api/descriptors.txt). */
public class UserSearchParams {
    public static class Builder {
        public Builder() {
        }

        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            return this;
        }

        public Builder includeActive(boolean includeActive) {
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            return this;
        }

        public Builder maxResults(Integer maxResults) {
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams();
        }
    }
}
