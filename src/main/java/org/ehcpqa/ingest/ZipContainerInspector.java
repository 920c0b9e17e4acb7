package org.ehcpqa.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

/**
 * Looks inside a ZIP container (DOCX, ODT, or anything else that starts with "PK") before any parser
 * sees it. POI's own ZipSecureFile guard works while it inflates, so it can already have allocated a
 * lot when it objects; here the central directory's declared sizes are checked first, which refuses
 * the ordinary zip bomb in microseconds, and then every entry is inflated into a small reused buffer
 * and counted, which catches entries whose headers lie about their size. Nothing is kept but the
 * entry names and the ODF "mimetype" entry.
 */
final class ZipContainerInspector {

    /** What the container holds, for telling DOCX from ODT from other ZIPs. */
    record Contents(Set<String> entryNames, String odfMimeType) {
    }

    private static final String SUSPICIOUS = "This file is a compressed archive that would expand to far "
            + "more data than a plan could hold, so it was not opened. If it is a real plan, save it again "
            + "from Word or as a PDF and upload that.";

    private final IngestLimits limits;

    ZipContainerInspector(IngestLimits limits) {
        this.limits = limits;
    }

    Contents inspect(byte[] content) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .setIgnoreLocalFileHeader(true)
                .get()) {
            Set<String> names = checkDeclaredSizes(zip);
            String odfMimeType = checkActualSizes(zip);
            return new Contents(Set.copyOf(names), odfMimeType);
        } catch (IngestRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IngestRefusedException(RefusalReason.CORRUPT,
                    "This file is a damaged compressed archive (as Word and OpenDocument files are), "
                            + "so its text cannot be read. Ask the sender for a fresh copy.", e);
        }
    }

    private Set<String> checkDeclaredSizes(ZipFile zip) {
        Set<String> names = new HashSet<>();
        long declaredTotal = 0;
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
            ZipArchiveEntry entry = entries.nextElement();
            if (names.size() >= limits.maxArchiveEntries()) {
                throw suspicious();
            }
            names.add(entry.getName());
            long size = entry.getSize();
            if (size < 0) {
                continue; // unknown until inflated: the second pass counts it
            }
            declaredTotal += size;
            if (declaredTotal > limits.maxUncompressedBytes() || tooCompressed(size, entry.getCompressedSize())) {
                throw suspicious();
            }
        }
        return names;
    }

    private String checkActualSizes(ZipFile zip) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        String odfMimeType = null;
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
            ZipArchiveEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            long declared = entry.getSize();
            long compressed = Math.max(1, entry.getCompressedSize());
            long actual = 0;
            boolean mimeTypeEntry = "mimetype".equals(entry.getName());
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (mimeTypeEntry && actual == 0 && n > 0 && n < 200) {
                        odfMimeType = new String(buffer, 0, n, StandardCharsets.US_ASCII).trim();
                    }
                    actual += n;
                    total += n;
                    boolean liedAboutSize = declared >= 0 && actual > declared;
                    if (liedAboutSize || total > limits.maxUncompressedBytes() || tooCompressed(actual, compressed)) {
                        throw suspicious();
                    }
                }
            }
        }
        return odfMimeType;
    }

    private boolean tooCompressed(long uncompressed, long compressed) {
        return uncompressed > limits.compressionGraceBytes()
                && uncompressed / Math.max(1, compressed) > limits.maxCompressionRatio();
    }

    private static IngestRefusedException suspicious() {
        return new IngestRefusedException(RefusalReason.SUSPICIOUS_ARCHIVE, SUSPICIOUS);
    }
}
