package org.mentoring.program;

/** Where an application stands: open until the chooser accepts or declines it or it is withdrawn. */
public enum ApplicationStatus {
    OPEN, ACCEPTED, DECLINED, WITHDRAWN
}
