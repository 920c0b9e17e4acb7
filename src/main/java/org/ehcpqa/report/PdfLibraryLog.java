package org.ehcpqa.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * openhtmltopdf's log, sent to SLF4J at debug level only. The library logs several lines at INFO
 * for every document, and its warnings can quote the document being rendered, which holds plan
 * text; failures that matter reach {@link ReportService} as exceptions and are logged there.
 */
final class PdfLibraryLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.ehcpqa.report.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: {}", where, level, message);
        }
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: {} ({})", where, level, message, th == null ? "" : th.getClass().getName());
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set through the SLF4J backend's configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isDebugEnabled();
    }
}
