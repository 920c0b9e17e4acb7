package org.ehcpqa.plan;

/** An original file as accepted, verified against its digest. */
public record OriginalDocument(long planId, long versionId, String fileName, String mediaType, byte[] content) {
}
