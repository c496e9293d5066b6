package org.mentoring.notification;

/** How one kind of notification reaches someone on one channel. */
public enum Delivery {
    IMMEDIATE, DIGEST, OFF
}
