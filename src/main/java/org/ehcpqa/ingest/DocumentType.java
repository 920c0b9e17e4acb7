package org.ehcpqa.ingest;

/** The formats a plan is accepted in, as told from the file's bytes. */
public enum DocumentType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword"),
    ODT("application/vnd.oasis.opendocument.text"),
    RTF("application/rtf"),
    TXT("text/plain");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
