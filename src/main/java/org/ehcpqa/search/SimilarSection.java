package org.ehcpqa.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A section of another child's plan that shares long passages with the one searched from. */
@Serdeable
public record SimilarSection(long planId, long versionId, String section, String title, int sharedWords,
                             List<SharedPassage> passages) {
}
