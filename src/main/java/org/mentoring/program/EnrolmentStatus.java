package org.mentoring.program;

/** Where a person's enrolment stands: waiting for a manager, approved, declined, or withdrawn by the person. */
public enum EnrolmentStatus {
    PENDING, APPROVED, DECLINED, WITHDRAWN
}
