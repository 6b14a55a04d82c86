package org.sitrep.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cleans scraped plain text: drops boilerplate lines and a repeated title, collapses runs of blank lines, and takes a
 * short headline-like first line as the title. The text stays as the user wrote it otherwise: lines are not re-wrapped
 * and the headline stays in the text (only its duplicate is dropped). Stateless and thread-safe.
 */
public final class ScrapedTextCleaner {
    private static final int MAX_TITLE_CHARS = 150;
    private static final int MAX_TITLE_WORDS = 20;

    private final BoilerplateLines boilerplate = new BoilerplateLines();
    private final DateFinder dates = new DateFinder();

    /** The cleaned text with its title and dateline, if found. */
    public CleanedContent clean(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : TextNormaliser.lineEndings(body).split("\n", -1)) {
            String kept = TextNormaliser.invisibles(line).stripTrailing();
            if (!boilerplate.isBoilerplate(kept)) {
                lines.add(kept);
            }
        }
        Optional<String> title = Optional.empty();
        int first = nextNonBlank(lines, 0);
        if (first >= 0) {
            int second = nextNonBlank(lines, first + 1);
            String head = lines.get(first).strip();
            if (second >= 0 && sameWords(head, lines.get(second).strip())) {
                int drop = isAllCaps(head) && !isAllCaps(lines.get(second)) ? first : second;
                String keep = lines.get(drop == first ? second : first).strip();
                lines.remove(drop);
                title = Optional.of(keep);
            } else if (looksLikeHeadline(head, second >= 0)) {
                title = Optional.of(head);
            }
        }
        String text = collapseBlankLines(lines);
        return new CleanedContent(text, title, dates.dateline(text));
    }

    private static boolean looksLikeHeadline(String line, boolean moreFollows) {
        return moreFollows && line.length() <= MAX_TITLE_CHARS && line.split("\\s+").length <= MAX_TITLE_WORDS
                && !line.endsWith(".") && !line.endsWith(",") && !line.endsWith(":")
                && Character.isLetterOrDigit(line.codePointAt(0));
    }

    private static boolean sameWords(String a, String b) {
        return !a.isEmpty() && TextNormaliser.spaces(a).toLowerCase(Locale.ROOT)
                .equals(TextNormaliser.spaces(b).toLowerCase(Locale.ROOT));
    }

    private static boolean isAllCaps(String line) {
        return line.codePoints().anyMatch(Character::isLetter)
                && line.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String collapseBlankLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }
}
