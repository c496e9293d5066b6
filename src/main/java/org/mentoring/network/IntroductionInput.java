package org.mentoring.network;

/** A request for an introduction: a named person ({@code wantedKey}) or a description ({@code wantedText}), and why. */
public record IntroductionInput(String wantedKey, String wantedText, String purpose) {
}
