package org.ehcpqa.imports;

import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import org.ehcpqa.ingest.IngestLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Stages one uploaded part: a zip becomes the files inside it, anything else one file. */
@Singleton
class UploadStager {

    private final ZipBatchReader zips;
    private final StagingArea staging;
    private final IngestLimits limits;

    UploadStager(ZipBatchReader zips, StagingArea staging, IngestLimits limits) {
        this.zips = zips;
        this.staging = staging;
        this.limits = limits;
    }

    List<StagedFile> stage(CompletedFileUpload part) {
        String name = baseName(part.getFilename());
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return zips.stageAll(part.getBytes());
            }
            try (InputStream in = part.getInputStream()) {
                return List.of(staging.stage(name, in, limits.maxUploadBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /** Some browsers send the client's whole path ({@code C:\fakepath\plan.pdf}). */
    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "unnamed";
        }
        String normalised = fileName.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }
}
