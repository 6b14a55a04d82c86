package org.sitrep.source;

import org.sitrep.model.StageFailure;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text file: a BOM (UTF-8, UTF-16LE/BE), else strict UTF-8, else a charset declared in an
 * HTML meta tag or XML declaration, else windows-1252 when the bytes look like Latin-script text; anything else is a
 * "source" failure. Rejects binary content (NUL bytes, many control characters). Stateless and thread-safe.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WINDOW = 4096;
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** The decoded text of {@code bytes}, without any BOM. */
    public String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8)
                    .orElseThrow(() -> new StageFailure("source", "invalid UTF-8 after a UTF-8 byte order mark"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE)
                    .orElseThrow(() -> new StageFailure("source", "invalid UTF-16LE after a byte order mark"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE)
                    .orElseThrow(() -> new StageFailure("source", "invalid UTF-16BE after a byte order mark"));
        }
        if (looksBinary(bytes)) {
            throw new StageFailure("source", "binary file (not text)");
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<String> declaredName = declaredCharset(bytes);
        if (declaredName.isPresent()) {
            Optional<Charset> declared = supported(declaredName.get());
            if (declared.isEmpty()) {
                throw new StageFailure("source", "unknown text encoding (not UTF-8; declared charset "
                        + declaredName.get() + " is not supported)");
            }
            Optional<String> text = strict(bytes, 0, declared.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        if (looksLikeLatinText(bytes)) {
            return new String(bytes, WINDOWS_1252);
        }
        throw new StageFailure("source",
                "unknown text encoding (not UTF-8, no usable declared charset, not Latin text)");
    }

    /** True if the bytes hold a NUL or more than 2% control characters other than tab, newline, CR, form feed, ESC. */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return bytes.length > 0 && controls > Math.max(2, bytes.length * MAX_CONTROL_SHARE);
    }

    /**
     * True if the non-ASCII bytes decode in windows-1252 to letters or common punctuation, stay a small share of all
     * letters and never form long runs (so KOI8-R Cyrillic or Shift-JIS, whose bytes also map to letters, fail).
     */
    static boolean looksLikeLatinText(byte[] bytes) {
        int letters = 0;
        int high = 0;
        int highPlausible = 0;
        int run = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80) {
                run = 0;
                if (Character.isLetter(c)) {
                    letters++;
                }
                continue;
            }
            high++;
            if (++run > 3) {
                return false;
            }
            char decoded = new String(new byte[] {b}, WINDOWS_1252).charAt(0);
            if (Character.isLetter(decoded)) {
                letters++;
                highPlausible++;
            } else if ("\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u20AC\u00B0\u00AB\u00BB\u00B7\u00A0\u00A3\u00A9\u00AE\u00BA\u00AA\u00BF\u00A1\u2022"
                    .indexOf(decoded) >= 0) {
                highPlausible++;
            }
        }
        return high > 0 && letters > 0 && highPlausible >= 0.95 * high && high <= 0.25 * letters;
    }

    private static Optional<String> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> supported(String name) {
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            // Browsers treat these labels as windows-1252; so do we.
            if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
                return Optional.of(WINDOWS_1252);
            }
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
