package org.ehcpqa.practice;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A practice event as a line of a list: what it is and when, without what it draws on. */
@Serdeable
public record PracticeEventLine(long id, PracticeEventType type, LocalDate date, String title, String createdBy) {
}
