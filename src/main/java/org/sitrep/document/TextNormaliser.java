package org.sitrep.document;

import java.util.regex.Pattern;

/** Small whitespace rules shared by the cleaners. Stateless. */
final class TextNormaliser {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
    private static final Pattern INVISIBLES = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    private TextNormaliser() {
    }

    /** CRLF and CR become LF. */
    static String lineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Zero-width characters, BOMs and soft hyphens removed; non-breaking spaces become spaces. */
    static String invisibles(String text) {
        return INVISIBLES.matcher(text).replaceAll("").replace('\u00A0', ' ');
    }

    /** Every run of whitespace (including non-breaking spaces) becomes one space; ends trimmed. */
    static String spaces(String text) {
        return SPACES.matcher(invisibles(text)).replaceAll(" ").strip();
    }
}
