package de.msh.funding.statement.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes XML bytes ourselves, strictly, in the encoding the XML declaration names (UTF-8 if none, as ISO 20022
 * prescribes). The JDK parser reports broken bytes by printing to standard error besides throwing; decoding before it
 * keeps the log clean and lets the refusal say what is wrong.
 */
final class XmlEncoding {

    private static final int PROLOG = 256;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern DECLARED =
            Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private XmlEncoding() {}

    /** A reader over the stream in its declared encoding, without a UTF-8 byte order mark. */
    static Reader reader(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        try {
            buffered.mark(PROLOG);
            byte[] prolog = buffered.readNBytes(PROLOG);
            buffered.reset();
            boolean marked = prolog.length >= 3 && Arrays.equals(prolog, 0, 3, BYTE_ORDER_MARK, 0, 3);
            if (marked) {
                buffered.skipNBytes(3);
            }
            String start = new String(prolog, StandardCharsets.ISO_8859_1).substring(marked ? 3 : 0);
            return new InputStreamReader(buffered, decoder(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsetDecoder decoder(String prolog) {
        Matcher declared = DECLARED.matcher(prolog);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnreadableStatement(
                        "Zeile 1", "Unbekannte Zeichenkodierung " + declared.group(1) + ", erwartet wird UTF-8");
            }
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
