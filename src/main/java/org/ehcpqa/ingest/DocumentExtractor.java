package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** Placeholder until the extraction work lands: Tika for everything, no page map. */
@Singleton
public class DocumentExtractor {

    private final Tika tika = new Tika();

    public ExtractedText extract(byte[] content, String fileName) {
        if (content.length == 0) {
            throw new IngestRefusedException(RefusalReason.EMPTY_FILE, "The file is empty.");
        }
        try {
            tika.setMaxStringLength(-1);
            String type = tika.detect(content, fileName);
            String text = tika.parseToString(new ByteArrayInputStream(content));
            return new ExtractedText(text, List.of(0), type);
        } catch (IOException | TikaException e) {
            throw new IngestRefusedException(RefusalReason.CORRUPT, "The file could not be read.", e);
        }
    }
}
