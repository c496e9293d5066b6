package com.atlassian.scheduler;

/** Stub with the real factory methods and the message accessor (the real class also carries a RunOutcome). */
public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(message);
    }

    public String getMessage() {
        return message;
    }
}
