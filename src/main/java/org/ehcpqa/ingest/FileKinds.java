package org.ehcpqa.ingest;

import org.apache.tika.mime.MediaType;

import java.util.Map;

/** Names for the kinds of file people upload by mistake, in words a QA officer uses. */
final class FileKinds {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("image/jpeg", "a JPEG image"),
            Map.entry("image/png", "a PNG image"),
            Map.entry("image/gif", "a GIF image"),
            Map.entry("image/tiff", "a TIFF image"),
            Map.entry("image/bmp", "a bitmap image"),
            Map.entry("image/webp", "a WebP image"),
            Map.entry("image/heic", "a HEIC photo"),
            Map.entry("image/svg+xml", "an SVG image"),
            Map.entry("text/html", "a web page (HTML)"),
            Map.entry("application/xhtml+xml", "a web page (XHTML)"),
            Map.entry("application/xml", "an XML file"),
            Map.entry("text/xml", "an XML file"),
            Map.entry("application/json", "a JSON file"),
            Map.entry("application/zip", "a ZIP archive"),
            Map.entry("application/x-7z-compressed", "a 7-Zip archive"),
            Map.entry("application/gzip", "a gzip archive"),
            Map.entry("application/x-rar-compressed", "a RAR archive"),
            Map.entry("application/vnd.ms-excel", "an Excel spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel spreadsheet"),
            Map.entry("application/vnd.ms-powerpoint", "a PowerPoint presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "a PowerPoint presentation"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation"),
            Map.entry("application/vnd.ms-outlook", "an Outlook email"),
            Map.entry("message/rfc822", "an email"),
            Map.entry("application/x-tika-msoffice", "an older Microsoft Office file of an unknown kind"),
            Map.entry("application/x-msdownload", "a Windows program"),
            Map.entry("application/x-sh", "a shell script"),
            Map.entry("audio/mpeg", "an MP3 audio file"),
            Map.entry("video/mp4", "an MP4 video"));

    private FileKinds() {
    }

    /** A phrase such as "a JPEG image", or null when the bytes say nothing useful. */
    static String describe(MediaType type) {
        String base = type.getBaseType().toString();
        if (type.equals(MediaType.OCTET_STREAM)) {
            return null;
        }
        String known = NAMES.get(base);
        if (known != null) {
            return known;
        }
        if (base.startsWith("image/")) {
            return "an image (" + base + ")";
        }
        if (base.startsWith("audio/") || base.startsWith("video/")) {
            return "an audio or video file (" + base + ")";
        }
        return "a file of type " + base;
    }
}
