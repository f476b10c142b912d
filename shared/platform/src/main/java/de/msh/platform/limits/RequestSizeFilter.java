package de.msh.platform.limits;

import de.msh.platform.problem.ProblemTypes;
import de.msh.platform.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than its endpoint's limit with 413 before it is read whole: at once when the declared
 * length says so, else as soon as the stream passes the limit (the reader then fails, and the answer is replaced by
 * the 413 problem). Runs before everything else, security included, so no part of a service sees such a body.
 */
public class RequestSizeFilter extends OncePerRequestFilter {

    private static final String EXCEEDED = RequestSizeFilter.class.getName() + ".exceeded";

    private final RequestLimitProperties limits;
    private final ProblemWriter problems;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RequestSizeFilter(RequestLimitProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
        if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
            response.reset();
            refuse(request, response, limit);
        }
    }

    private long limitFor(String path) {
        return limits.uploadLimits().stream()
                .filter(upload -> paths.match(upload.path(), path))
                .mapToLong(upload -> upload.max().toBytes())
                .findFirst()
                .orElse(limits.maxBody().toBytes());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        problems.write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemTypes.PAYLOAD_TOO_LARGE,
                "Anfrage zu groß",
                "This endpoint takes at most " + limit + " bytes");
    }

    /** The request with its body stream stopped at the limit. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream capped;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream(), limit, this);
            }
            return capped;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final HttpServletRequest request;
        private long read;

        CappedStream(ServletInputStream in, long limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                request.setAttribute(EXCEEDED, Boolean.TRUE);
                throw new IOException("Request body larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished() || read > limit;
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
