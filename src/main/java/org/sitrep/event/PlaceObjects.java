package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Token;

/** Tells whether what a verb acts on is a place (a town, "the market", "a military base"), not people. Stateless. */
final class PlaceObjects {
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "suburb", "district",
            "neighbourhood", "neighborhood", "area", "territory", "region", "province", "governorate", "state",
            "market", "hospital", "base", "airbase", "airport", "airfield", "checkpoint", "outpost", "post",
            "position", "hill", "bridge", "dam", "road", "highway", "crossing", "border", "oilfield", "field",
            "headquarters", "barracks", "garrison", "stronghold", "enclave", "camp", "port", "island", "valley",
            "square", "building", "compound", "mosque", "school", "university", "palace", "prison", "station",
            "junction", "outskirts", "center", "centre", "quarter", "zone", "locality", "county", "municipality",
            "capital", "settlement", "hamlet", "farm", "plant", "refinery", "mine", "pass", "front", "line");

    /** Entity labels of places; an unlabelled proper noun heading the object is taken as an unknown place. */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /** Areas named after "of", "from" or "out of" a few words after a control or expulsion verb. */
    private static final java.util.regex.Pattern TERRITORY_AFTER = java.util.regex.Pattern.compile(
            "^[^.;]{0,60}?\\b(?:of|from)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:areas?|territor(?:y|ies)|villages?|"
            + "towns?|cities|city|districts?|neighbou?rhoods?|regions?|positions?|bases?|hills?|localit(?:y|ies)|"
            + "strongholds?|settlements?|suburbs?|outskirts|countryside)\\b");

    /**
     * "took control by force of several areas", "pushed the militants out of key areas": territory named after a
     * control or separable expulsion phrase; gains ("made gains in Ganfouda") are territory by themselves ({@code phrase} as in the lexicon), in {@code afterTrigger} (lowercased).
     */
    static boolean territoryNamedAfter(String phrase, String afterTrigger) {
        boolean expulsion = phrase.contains("control") || phrase.contains("*") || phrase.equals("push back");
        return expulsion && TERRITORY_AFTER.matcher(afterTrigger).find() || phrase.startsWith("make gain");
    }

    /** "dislodged Boko Haram from Ngoshe", "cleared the road of mines": the place named after from/of. */
    boolean takenFrom(SentenceGraph g, int verb, List<ResolvedPlace> places) {
        for (int child : g.children(verb, "obl")) {
            boolean marker = g.caseMarker(child).filter(m -> m.equals("from") || m.equals("of")).isPresent();
            if (marker && isPlace(g, child, places)) {
                return true;
            }
        }
        return false;
    }

    boolean isPlace(SentenceGraph g, int objectToken, List<ResolvedPlace> places) {
        List<Token> tokens = g.sentence().tokens();
        for (int i : g.phraseWithConjuncts(objectToken)) {
            Token t = tokens.get(i);
            if (PLACE_NER.contains(t.ner()) || PLACE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i == objectToken && t.pos().startsWith("NNP") && "O".equals(t.ner())) {
                return true;
            }
            if (places.stream().anyMatch(p -> p.span().overlaps(t.span()))) {
                return true;
            }
        }
        return false;
    }
}
