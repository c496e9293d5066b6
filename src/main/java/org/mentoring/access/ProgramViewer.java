package org.mentoring.access;

/** What a viewer is towards one program: an administrator, one of its managers, or anyone else. */
public enum ProgramViewer {
    ADMIN, MANAGER, NOBODY
}
