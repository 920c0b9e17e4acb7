package org.ehcpqa.synthetic;

import io.micronaut.serde.annotation.Serdeable;
/** The office formats plans arrive in. */
@Serdeable
public enum DocumentFormat {
    PDF("pdf"), DOCX("docx"), DOC("doc"), ODT("odt"), RTF("rtf"), TXT("txt");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
