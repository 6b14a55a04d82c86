package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.EntityMention;

/**
 * Place names inside organisation names ("Derna Mujahideen Shoura Council", "University of Zambia"): the leading
 * words of the name, or the words after its "of", when the gazetteer knows them exactly and the rest of the name has
 * an organisation's head word ("Council", "University"; so "Boko Haram" holds no place "Boko"). A last resort for a
 * report that names no place of its own (such a group is usually at home in its town). Immutable and thread-safe if
 * the gazetteer is.
 */
final class OrganisationPlaces {
    /** Source of the toponyms found here. */
    static final String SOURCE = "organisation-name";
    private static final Pattern OF_NAME = Pattern.compile("\\bof\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*)");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*");
    private final Gazetteer gazetteer;
    private final Demonyms demonyms;
    private final Set<String> commonWords;

    OrganisationPlaces(Gazetteer gazetteer, Demonyms demonyms, Set<String> commonWords) {
        this.gazetteer = gazetteer;
        this.demonyms = demonyms;
        this.commonWords = commonWords;
    }

    /** Toponyms inside the ORGANIZATION entities of {@code text}, in text order. */
    List<Toponym> find(AnnotatedText text) {
        String doc = text.document().text();
        List<Toponym> found = new ArrayList<>();
        for (EntityMention e : text.entities()) {
            if (!"ORGANIZATION".equals(e.type())) {
                continue;
            }
            int from = CodePoints.toCharIndex(doc, e.span().start());
            String name = doc.substring(from, CodePoints.toCharIndex(doc, e.span().end()));
            Matcher of = OF_NAME.matcher(name);
            if (of.find()) {
                longestKnownPrefix(doc, from + of.start(1), of.group(1))
                        .filter(t -> OrganisationNames.isOrganisation(name.substring(0, of.start(1)), ""))
                        .ifPresent(found::add);
            } else {
                longestKnownPrefix(doc, from, name).filter(t -> t.text().length() < name.length())
                        .filter(t -> OrganisationNames.isOrganisation(name.substring(t.text().length()), ""))
                        .ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The longest run of leading capitalised words of {@code words} (at {@code from} in doc) that is a known name. */
    private Optional<Toponym> longestKnownPrefix(String doc, int from, String words) {
        List<Integer> ends = new ArrayList<>();
        Matcher w = WORD.matcher(words);
        int expected = 0;
        while (w.find() && words.substring(expected, w.start()).isBlank()) {
            ends.add(w.end());
            expected = w.end();
        }
        for (int i = ends.size() - 1; i >= 0; i--) {
            String candidate = words.substring(0, ends.get(i));
            if (!commonWords.contains(candidate) && demonyms.countryOf(candidate).isEmpty()
                    && !OrganisationNames.isOrganisation(candidate, "") && gazetteer.hasExactName(candidate)) {
                return Optional.of(new Toponym(CodePoints.span(doc, from, from + candidate.length()),
                        candidate, Toponym.Kind.ANY, SOURCE));
            }
        }
        return Optional.empty();
    }
}
