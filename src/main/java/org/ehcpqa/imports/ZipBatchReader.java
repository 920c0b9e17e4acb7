package org.ehcpqa.imports;

import jakarta.inject.Singleton;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.web.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Opens a zip of plans and stages each file in it. The whole zip is refused (nothing is staged
 * that survives) when it is damaged, holds too many entries, names a path outside itself, holds
 * another zip, or expands like a zip bomb; folders and system clutter (__MACOSX, .DS_Store, other
 * hidden files) are skipped quietly.
 */
@Singleton
class ZipBatchReader {

    private final IngestLimits limits;
    private final ImportSettings settings;
    private final StagingArea staging;

    ZipBatchReader(IngestLimits limits, ImportSettings settings, StagingArea staging) {
        this.limits = limits;
        this.settings = settings;
        this.staging = staging;
    }

    /** Stages every plan file in the zip; on refusal, deletes what it had staged and throws. */
    List<StagedFile> stageAll(byte[] zipBytes) {
        List<StagedFile> staged = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zipBytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxArchiveEntries()) {
                throw refused("suspicious-archive", "This zip holds more than " + limits.maxArchiveEntries()
                        + " entries, so it was not opened. Split it into smaller zips.");
            }
            entries.forEach(entry -> checkName(entry.getName()));
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || isClutter(entry.getName())) {
                    continue;
                }
                if (staged.size() >= settings.maxFiles()) {
                    throw tooManyFiles(settings.maxFiles());
                }
                try (InputStream in = new ExpansionGuard(zip.getInputStream(entry), entry.getCompressedSize(), limits)) {
                    StagedFile file = staging.stage(baseName(entry.getName()), in, limits.maxUploadBytes());
                    staged.add(file);
                    total += file.sizeBytes();
                }
                if (total > limits.maxUncompressedBytes()) {
                    throw ExpansionGuard.bomb();
                }
            }
            return staged;
        } catch (ProblemException | UncheckedIOException e) {
            // A refusal, or our own disk failing (staging writes): not the zip's fault either way.
            staged.forEach(file -> staging.delete(file.stagedName()));
            throw e;
        } catch (IOException | RuntimeException e) {
            staged.forEach(file -> staging.delete(file.stagedName()));
            throw refused("corrupt", "This zip is damaged and cannot be opened. Make it again and upload the new one.");
        }
    }

    private static void checkName(String name) {
        String normalised = name.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || List.of(normalised.split("/")).contains("..")) {
            throw refused("suspicious-archive", "This zip names a file outside itself (a path with \"..\" or"
                    + " an absolute path), so it was not opened.");
        }
        if (!isClutter(name) && normalised.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw refused("suspicious-archive", "This zip holds another zip. Put all the plans in one zip,"
                    + " without zips inside it.");
        }
    }

    /** macOS resource forks, Finder and Windows metadata, and any other hidden file. */
    static boolean isClutter(String name) {
        String normalised = name.replace('\\', '/');
        for (String part : normalised.split("/")) {
            if (part.equals("__MACOSX") || part.startsWith(".") || part.equalsIgnoreCase("Thumbs.db")
                    || part.equalsIgnoreCase("desktop.ini")) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String name) {
        String normalised = name.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }

    static ProblemException tooManyFiles(int maxFiles) {
        return refused("too-many-files", "One import may hold at most " + maxFiles
                + " files. Split it into smaller imports.");
    }

    static ProblemException refused(String slug, String detail) {
        return new ProblemException(422, slug, "The import was not accepted", detail);
    }
}
