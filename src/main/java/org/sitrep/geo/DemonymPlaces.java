package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Span;

/**
 * Places for country adjectives and demonyms ("Syrian" -> Syria, rule "demonym"), as geoparsing corpora annotate
 * them; never inside an organisation's name ("Syrian Democratic Forces", "Afghan National Army": an ORGANIZATION
 * entity, or capitalised words after the demonym that end in an organisation head word). Immutable and thread-safe
 * if the gazetteer is.
 */
final class DemonymPlaces {
    private static final double CONFIDENCE = 0.6;
    private static final int MAX_NAME_WORDS = 5;

    private final Gazetteer gazetteer;
    private final Demonyms demonyms;

    DemonymPlaces(Gazetteer gazetteer, Demonyms demonyms) {
        this.gazetteer = gazetteer;
        this.demonyms = demonyms;
    }

    /** Demonym places of {@code text} that overlap none of {@code taken}. */
    List<ResolvedPlace> find(AnnotatedText text, List<ResolvedPlace> taken) {
        String doc = text.document().text();
        List<Span> organisations = text.entities().stream().filter(e -> "ORGANIZATION".equals(e.type()))
                .filter(e -> !isDescriptionOrInstitution(e.text())).map(EntityMention::span).toList();
        List<ResolvedPlace> out = new ArrayList<>();
        for (Demonyms.Match m : demonyms.findIn(doc)) {
            if (organisations.stream().anyMatch(o -> o.overlaps(m.span()))
                    || taken.stream().anyMatch(r -> r.span().overlaps(m.span()))
                    || startsOrganisationName(doc, CodePoints.toCharIndex(doc, m.span().end()))) {
                continue;
            }
            Optional<Place> country = gazetteer.country(m.countryCode());
            country.ifPresent(c -> out.add(new ResolvedPlace(m.span(), m.word(), c, CONFIDENCE, "demonym")));
        }
        return out;
    }

    /**
     * True when an ORGANIZATION entity is a demonym before lower-case words ("Georgian troops": a description, not a
     * name) or the name of a civil institution of the country ("Russian Foreign Ministry",
     * {@link OrganisationNames#institutionLead}); armed groups' names ("Lebanese Army") stay organisations.
     */
    private boolean isDescriptionOrInstitution(String entity) {
        String[] words = entity.strip().split("\\s+");
        if (words.length < 2 || demonyms.countryOf(words[0]).isEmpty()) {
            return false;
        }
        boolean lowerRest = java.util.Arrays.stream(words, 1, words.length)
                .allMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)));
        return lowerRest || OrganisationNames.institutionLead(entity, "").isPresent();
    }

    /**
     * True when the capitalised words from {@code at} name an organisation ("... National Army") other than a civil
     * institution of the country ("... Foreign Ministry").
     */
    private static boolean startsOrganisationName(String doc, int at) {
        int i = at;
        StringBuilder words = new StringBuilder();
        for (int n = 0; n < MAX_NAME_WORDS; n++) {
            int start = i;
            while (start < doc.length() && doc.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            while (end < doc.length() && (Character.isLetter(doc.charAt(end)) || doc.charAt(end) == '-')) {
                end++;
            }
            if (end == start || !Character.isUpperCase(doc.charAt(start))) {
                break;
            }
            words.append(' ').append(doc, start, end);
            i = end;
        }
        String name = words.toString().strip().toLowerCase(Locale.ROOT);
        String following = doc.substring(i, Math.min(doc.length(), i + 30));
        return !name.isEmpty() && OrganisationNames.isOrganisation(name, following)
                && OrganisationNames.institutionLead(name, following).isEmpty();
    }
}
