package org.sitrep.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Markdown into plain text: front matter (its title: and date: used), headings, emphasis, links, images, code
 * fences, tables and HTML tags are reduced to their text; paragraphs are separated by a blank line. The first level-1
 * heading is the title when front matter gives none, and is then not part of the text. Stateless and thread-safe.
 */
public final class MarkdownCleaner {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(---|\\+\\+\\+)\\n(.*?)\\n\\1[ \\t]*(\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^(title|date)\\s*[:=]\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^]]+]:\\s+\\S+.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)|!\\[[^]]*]\\[[^]]*]");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)|\\[([^]]*)]\\[[^]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(\\*\\*|__|~~)(?=\\S)(.+?)(?<=\\S)\\1|(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?!\\w)|(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w])");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private final DateFinder dates = new DateFinder();

    /** The plain text of a Markdown body, with title and date from front matter or the first heading. */
    public CleanedContent clean(String markdown) {
        String body = TextNormaliser.lineEndings(TextNormaliser.invisibles(markdown));
        Optional<String> title = Optional.empty();
        Optional<LocalDate> published = Optional.empty();
        Matcher front = FRONT_MATTER.matcher(body);
        if (front.find()) {
            Matcher field = FIELD.matcher(front.group(2));
            while (field.find()) {
                String value = field.group(2).strip();
                if (field.group(1).equals("title") && !value.isEmpty()) {
                    title = Optional.of(inline(value));
                } else if (field.group(1).equals("date")) {
                    published = dates.parse(value);
                }
            }
            body = body.substring(front.end());
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                flush(current, paragraphs);
                continue;
            }
            if (inFence) {
                append(current, line.strip());
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank() || RULE.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches()
                    || REFERENCE.matcher(line).matches()) {
                flush(current, paragraphs);
            } else if (heading.matches()) {
                flush(current, paragraphs);
                String text = inline(heading.group(2));
                if (heading.group(1).length() == 1 && title.isEmpty() && paragraphs.isEmpty()) {
                    title = Optional.of(text);
                } else if (!title.map(text::equalsIgnoreCase).orElse(false) || !paragraphs.isEmpty()) {
                    paragraphs.add(text);
                }
            } else if (SETEXT.matcher(line).matches() && current.length() > 0) {
                flush(current, paragraphs);
            } else if (LIST_ITEM.matcher(line).matches()) {
                flush(current, paragraphs);
                Matcher item = LIST_ITEM.matcher(line);
                item.matches();
                append(current, item.group(1));
                flush(current, paragraphs);
            } else if (line.strip().startsWith("|")) {
                flush(current, paragraphs);
                append(current, String.join("; ", cells(line)));
                flush(current, paragraphs);
            } else {
                append(current, QUOTE.matcher(line).replaceFirst(""));
            }
        }
        flush(current, paragraphs);
        return new CleanedContent(String.join("\n\n", paragraphs), title,
                published.or(() -> dates.dateline(String.join("\n", paragraphs))));
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.strip().split("(?<!\\\\)\\|")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    private static void append(StringBuilder current, String line) {
        if (current.length() > 0) {
            current.append(' ');
        }
        current.append(line.strip());
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String text = inline(current.toString());
        current.setLength(0);
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
    }

    /** Inline Markdown reduced to its text. */
    static String inline(String text) {
        String t = IMAGE.matcher(text).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = TAG.matcher(t).replaceAll("");
        t = CODE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        for (int i = 0; i < 2; i++) {
            t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4)));
        }
        t = ESCAPE.matcher(t).replaceAll("$1");
        return TextNormaliser.spaces(t);
    }
}
