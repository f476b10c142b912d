package de.msh.funding.statement.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Counts the bytes a parser pulls and fails once there are too many, so a huge upload is refused after
 * {@link StatementLimits#MAX_BYTES} instead of being read to the end. Remembers why it failed, because the XML parser
 * wraps the failure into its own exception.
 */
final class CappedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;
    private @Nullable IOException failure;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = guarded(() -> super.read());
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = guarded(() -> super.read(buffer, offset, length));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = guarded(() -> (int) super.skip(Math.min(n, Integer.MAX_VALUE)));
        count(skipped);
        return skipped;
    }

    boolean exceeded() {
        return exceeded;
    }

    /** An I/O failure of the underlying stream, as opposed to a broken file. */
    @Nullable
    IOException failure() {
        return failure;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("More than " + limit + " bytes");
        }
    }

    private int guarded(Read read) throws IOException {
        try {
            return read.run();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private interface Read {
        int run() throws IOException;
    }
}
