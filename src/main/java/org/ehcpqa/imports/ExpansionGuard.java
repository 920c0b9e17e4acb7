package org.ehcpqa.imports;

import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.web.ProblemException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a zip entry really inflates to, whatever its header claims, and stops it once it
 * expands more than the allowed ratio past the grace size: the same rule the ingest applies to
 * Word and OpenDocument containers.
 */
final class ExpansionGuard extends FilterInputStream {

    private final long compressed;
    private final IngestLimits limits;
    private long inflated;

    ExpansionGuard(InputStream in, long compressedSize, IngestLimits limits) {
        super(in);
        this.compressed = Math.max(1, compressedSize);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        inflated += n;
        if (inflated > limits.compressionGraceBytes() && inflated / compressed > limits.maxCompressionRatio()) {
            throw bomb();
        }
    }

    static ProblemException bomb() {
        return ZipBatchReader.refused("suspicious-archive", "This zip would expand to far more data than"
                + " plans could hold (a zip bomb?), so it was not opened.");
    }
}
