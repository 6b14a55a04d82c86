package org.sitrep.source;

import org.sitrep.model.RawArticle.Format;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Chooses how a file's content is cleaned: by extension, else by sniffing the text. Stateless and thread-safe. */
public final class FormatDetector {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|div|p)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</(p|div|body|html|article|li|h[1-6]|span|a)>", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_WINDOW = 2048;

    /** The format an extension names, or empty when the extension says nothing (then sniff the content). */
    public Optional<Format> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        if (dot <= slash + 1) {
            return Optional.of(Format.TEXT);
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "html", "htm", "xhtml" -> Optional.of(Format.HTML);
            case "md", "markdown" -> Optional.of(Format.MARKDOWN);
            case "txt", "text" -> Optional.of(Format.TEXT);
            default -> Optional.empty();
        };
    }

    /** HTML if the text starts like an HTML document or holds at least three closing block tags early on; else TEXT. */
    public Format sniff(String text) {
        String head = text.length() > SNIFF_WINDOW ? text.substring(0, SNIFF_WINDOW) : text;
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        return HTML_TAG.matcher(head).results().limit(3).count() >= 3 ? Format.HTML : Format.TEXT;
    }

    /** The format of a file named {@code fileName} holding {@code text}. */
    public Format detect(String fileName, String text) {
        return byExtension(fileName).orElseGet(() -> sniff(text));
    }
}
