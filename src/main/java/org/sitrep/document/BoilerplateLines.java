package org.sitrep.document;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises lines of site furniture in scraped text (navigation, sharing, sign-in, ads, cookie notices). Stateless. */
public final class BoilerplateLines {
    private static final Pattern PHRASE = Pattern.compile("(?i)^[\\s\\p{Punct}•·›»«]*(?:"
            + "skip to (?:main )?(?:content|navigation)|back to top|jump to|go to (?:the )?(?:top|content)"
            + "|share(?: this)?(?: article| story| page| post)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?"
            + "|share via.*|tweet|print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article)?|copy link"
            + "|sign in|sign up|log ?in|log ?out|register|my account|create (?:an )?account"
            + "|subscribe(?: now| today| for .*| to .*)?|newsletter|sign up for .*newsletter.*"
            + "|advertisement|advert|sponsored(?: content)?|ad|ads"
            + "|cookie (?:settings|policy|preferences)|manage cookies|accept(?: all)?(?: cookies)?|reject(?: all)?"
            + "|we use cookies.*|this (?:web)?site uses cookies.*"
            + "|follow us(?: on .*)?|like us on facebook|find us on .*"
            + "|read more|read next|more stories|more news|see also|related(?: articles| stories| news| content| topics)?"
            + "|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|you (?:may|might) also like.*"
            + "|comments?(?: \\(\\d+\\))?|leave a comment|view comments|show comments|\\d+ comments?"
            + "|menu|main menu|search|close|open|home|toggle navigation|listen to this article.*"
            + "|(?:©|\\(c\\)|copyright).*|all rights reserved.*|terms (?:of use|and conditions)|privacy policy"
            + ")[\\s\\p{Punct}•·›»«]*$");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·›»/]\\s*");
    private static final int MAX_PHRASE_LENGTH = 120;

    /** True if the whole line is site furniture rather than report text. */
    public boolean isBoilerplate(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        return (trimmed.length() <= MAX_PHRASE_LENGTH && PHRASE.matcher(trimmed).matches()) || isMenu(trimmed);
    }

    /** A menu: three or more short capitalised items separated by |, •, ·, ›, » or /. */
    boolean isMenu(String line) {
        if (!MENU_SEPARATOR.matcher(line).find()) {
            return false;
        }
        List<String> items = Arrays.stream(MENU_SEPARATOR.split(line)).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
        return items.size() >= 3 && items.stream().allMatch(BoilerplateLines::isMenuItem);
    }

    private static boolean isMenuItem(String item) {
        String[] words = item.split("\\s+");
        return words.length <= 3 && item.length() <= 30 && Character.isUpperCase(item.codePointAt(0))
                && !item.endsWith(".");
    }
}
