package org.ehcpqa.imports;

import org.ehcpqa.web.ProblemException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Stops a copy that grows past a limit, so an archive entry cannot fill the disk. */
final class LimitedOutputStream extends FilterOutputStream {

    private final long limit;
    private long written;

    LimitedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int more) {
        written += more;
        if (written > limit) {
            throw new ProblemException(413, "too-large", "The file was not accepted",
                    "A file in this import is larger than the " + (limit / (1024 * 1024))
                            + " MB a single plan may be. Upload it on its own as a PDF.");
        }
    }
}
