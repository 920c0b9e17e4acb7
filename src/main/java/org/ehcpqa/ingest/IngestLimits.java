package org.ehcpqa.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Limits that protect the service from files it should not try to read. Bound once at startup so a
 * typo or a nonsense value fails the start, not the first upload.
 *
 * @param maxUploadBytes        largest file accepted, in bytes
 * @param maxPages              most pages a PDF may have
 * @param maxCharacters         most characters of text a document may yield; beyond it the file is
 *                              refused rather than truncated (see {@link DocumentExtractor})
 * @param parseTimeout          longest time one file may take to read, detection included
 * @param maxCompressionRatio   highest uncompressed-to-compressed ratio allowed for a ZIP entry
 *                              (DOCX, ODT) once it is past {@code compressionGraceBytes}
 * @param compressionGraceBytes uncompressed bytes an entry may reach before the ratio is checked,
 *                              because tiny XML parts legitimately compress very well
 * @param maxUncompressedBytes  most bytes all entries of a ZIP container may expand to, in bytes
 * @param maxArchiveEntries     most entries a ZIP container may hold
 * @param parseThreads          worker threads that parse files; 0 means one per available core
 * @param fontCacheDir          directory for PDFBox's system-font cache when the user's home is not
 *                              writable; null leaves PDFBox's default ({@code ~/.pdfbox.cache})
 */
@ConfigurationProperties("ehcpqa.ingest")
public record IngestLimits(
        @Bindable(defaultValue = "52428800") long maxUploadBytes,
        @Bindable(defaultValue = "1000") int maxPages,
        @Bindable(defaultValue = "5000000") int maxCharacters,
        @Bindable(defaultValue = "60s") Duration parseTimeout,
        @Bindable(defaultValue = "100") int maxCompressionRatio,
        @Bindable(defaultValue = "1048576") long compressionGraceBytes,
        @Bindable(defaultValue = "524288000") long maxUncompressedBytes,
        @Bindable(defaultValue = "5000") int maxArchiveEntries,
        @Bindable(defaultValue = "0") int parseThreads,
        @Nullable String fontCacheDir) {

    public IngestLimits {
        requirePositive(maxUploadBytes, "max-upload-bytes");
        requirePositive(maxPages, "max-pages");
        requirePositive(maxCharacters, "max-characters");
        requirePositive(maxCompressionRatio, "max-compression-ratio");
        requirePositive(compressionGraceBytes, "compression-grace-bytes");
        requirePositive(maxUncompressedBytes, "max-uncompressed-bytes");
        requirePositive(maxArchiveEntries, "max-archive-entries");
        if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("ehcpqa.ingest.parse-timeout must be a positive duration");
        }
        if (parseThreads < 0) {
            throw new IllegalArgumentException("ehcpqa.ingest.parse-threads must be 0 (one per core) or more");
        }
    }

    /** The shipped defaults, for code and tests that run without an application context. */
    public static IngestLimits defaults() {
        return new IngestLimits(52_428_800L, 1000, 5_000_000, Duration.ofSeconds(60),
                100, 1_048_576L, 524_288_000L, 5000, 0, null);
    }

    int effectiveParseThreads() {
        return parseThreads > 0 ? parseThreads : Runtime.getRuntime().availableProcessors();
    }

    private static void requirePositive(long value, String key) {
        if (value <= 0) {
            throw new IllegalArgumentException("ehcpqa.ingest." + key + " must be positive, was " + value);
        }
    }
}
