package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;

/** A document a framework is drawn from: statute, guidance, case law or local practice. */
public record FrameworkSource(String title, @Nullable String citation, @Nullable String url) {
}
