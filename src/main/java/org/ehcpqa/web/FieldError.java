package org.ehcpqa.web;

/** An error on one form field, for the GOV.UK error summary (which links to the field) and the field's message. */
public record FieldError(String field, String message) {
}
