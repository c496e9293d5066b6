package org.mentoring.people;

import org.mentoring.relationship.MentorCapacity;

/** One mentor the directory found, with how well they fit the viewer and their load. */
public record MentorMatch(String userKey, Profile profile, FitScore.Fit fit, MentorCapacity.Load load) {
}
