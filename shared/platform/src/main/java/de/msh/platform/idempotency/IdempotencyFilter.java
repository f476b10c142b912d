package de.msh.platform.idempotency;

import de.msh.platform.problem.ProblemTypes;
import de.msh.platform.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a POST that carries an {@code Idempotency-Key} once. The key (per user) is recorded before the request
 * runs; its answer is kept when it is a decision (2xx or 4xx) and given again, without running anything, to a repeat
 * with the same method, path and body. The same key with another request is 422; a repeat while the first still runs
 * is 409. A record left running by a process that died is taken over after {@code staleAfter}: the aggregates the
 * request changed remember its key ({@link RequestKey}), so running it again changes nothing twice. A 5xx answer is
 * not kept, so the client may try again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY = 100;

    private final IdempotencyRecords records;
    private final ProblemWriter problems;
    private final Duration staleAfter;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems, Duration staleAfter, Clock clock) {
        this.records = records;
        this.problems = problems;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    ProblemTypes.VALIDATION,
                    "Ungültiger Idempotency-Key",
                    "The Idempotency-Key must have 1 to " + MAX_KEY + " characters");
            return;
        }
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = user.getName() + "\n" + key;
        String fingerprint = fingerprint(request, body);
        Instant now = clock.instant();
        IdempotencyRecords.Claim claim = records.claim(id, fingerprint, now, now.minus(staleAfter));
        switch (claim.outcome()) {
            case REUSED -> {
                problems.write(
                        request,
                        response,
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        ProblemTypes.of("idempotency-key-reused"),
                        "Idempotency-Key schon verwendet",
                        "This Idempotency-Key was used for another request; use a new key for a new request");
                return;
            }
            case RUNNING -> {
                problems.write(
                        request,
                        response,
                        HttpStatus.CONFLICT,
                        ProblemTypes.of("idempotency-key-in-progress"),
                        "Anfrage läuft noch",
                        "A request with this Idempotency-Key is still being processed; send it again later");
                return;
            }
            case ANSWERED -> {
                replay(claim.answer().orElseThrow(), response);
                return;
            }
            case MINE -> {
                // run it below
            }
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        RequestKey.open(user.getName(), key);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBody(request, body), answer);
            if (answer.getStatus() < 500) {
                records.answered(
                        id,
                        claim.startedAt(),
                        new IdempotencyRecords.Answer(
                                answer.getStatus(),
                                answer.getContentType(),
                                answer.getHeader("Location"),
                                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)));
                kept = true;
            }
        } finally {
            RequestKey.close();
            if (!kept) {
                records.forget(id, claim.startedAt());
            }
            answer.copyBodyToResponse();
        }
    }

    private void replay(IdempotencyRecords.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body().getBytes(StandardCharsets.UTF_8));
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = Optional.ofNullable(request.getQueryString()).orElse("");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + query + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once, for the fingerprint, and handed on as it was. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
