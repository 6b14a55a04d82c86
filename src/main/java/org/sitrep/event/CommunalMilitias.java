package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.codebook.ActorMention;
import org.sitrep.codebook.Countries;
import org.sitrep.model.CodePoints;
import org.sitrep.model.ResolvedPlace;

/**
 * A militia named after a people, clan or place ("Abala militia", "a Gasr Ben Gashir militia", "a militia from
 * Zintan", "the local militia") is an identity militia in ACLED's terms (inter 4), not an unidentified armed group:
 * the generic mention is re-typed as the communal militia of the event's country. A country's demonym ("Sudanese
 * militia", "a Libyan militia") names a nationality, not a people: that militia stays unidentified. Immutable;
 * thread-safe.
 */
final class CommunalMilitias {
    private static final Pattern MILITIA = Pattern.compile("(?i)militias?|militiam[ae]n");
    /**
     * One capitalised word with lowercase letters (a people or town: "Abala", "Misratan"; not an acronym such as
     * "NDC-R", not a possessive, not the last word of a longer proper name such as a person's) right before "militia".
     */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?:^|[.!?,;:]\\s+|(?<![\\p{Lu}][\\p{L}'-]{0,30})\\s)"
            + "(?!(?:The|A|An|This|That|These|Those|Armed|Unidentified|Unknown|Suspected|Islamist|Jihadist|Rebel|"
            + "Government|Pro-government|Allied|Rival|Militia|Several|Two|Three|Four|Five|Some|Many|Other)\\s+$)"
            + "\\p{Lu}\\p{Ll}[\\p{Ll}-]*\\s+$");
    private static final Pattern LOCAL_BEFORE = Pattern.compile("(?i)\\b(local|village|community|communal|ethnic|"
            + "tribal|clan|youth|self-defen[cs]e|vigilante|neighbourhood|neighborhood)\\s+$");
    private static final Pattern FROM_AFTER = Pattern.compile("^\\s+(?:from|of)\\s+(?:the\\s+)?\\p{Lu}");
    private final ActorEntry communal;
    private final java.util.Set<String> nationalities;

    CommunalMilitias(ActorDictionary actors, Countries countries) {
        nationalities = countries.all().stream().flatMap(c -> java.util.stream.Stream.concat(c.demonyms().stream(),
                java.util.stream.Stream.of(c.name()))).map(d -> d.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        communal = actors.find("communal militia").stream().map(ActorMention::actor).findFirst()
                .orElseThrow(() -> new IllegalStateException("the actor dictionary has no communal militia"));
    }

    /** The mentions with generic militias named after a people or place replaced by the communal militia. */
    List<ActorMention> retype(String text, List<ActorMention> mentions, List<ResolvedPlace> places) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            out.add(isNamedMilitia(text, m, mentions, nationalities) || isGeneric(m) && places.stream().anyMatch(p ->
                    p.span().end() <= m.span().start() && p.span().end() >= m.span().start() - 2)
                    ? new ActorMention(m.span(), m.text(), communal, "communal:militia-named-after-a-people-or-place")
                    : m);
        }
        return List.copyOf(out);
    }

    private static boolean isGeneric(ActorMention m) {
        return m.actor().generic() && m.actor().inter() == 3 && MILITIA.matcher(m.text()).matches();
    }

    /** A generic militia mention right after a capitalised or local word that is not itself a known actor. */
    private static boolean isNamedMilitia(String text, ActorMention m, List<ActorMention> all,
                                          java.util.Set<String> nationalities) {
        if (!isGeneric(m) || all.stream().anyMatch(o -> o != m && o.span().end() <= m.span().start()
                        && o.span().end() >= m.span().start() - 2)) {
            return false;
        }
        int start = CodePoints.toCharIndex(text, m.span().start());
        int end = CodePoints.toCharIndex(text, m.span().end());
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        java.util.regex.Matcher named = NAMED_BEFORE.matcher(before);
        boolean nationality = named.find() && nationalities.contains(named.group().strip().replaceAll("^[.!?,;:]+", "")
                .strip().toLowerCase(java.util.Locale.ROOT));
        return NAMED_BEFORE.matcher(before).find() && !nationality || LOCAL_BEFORE.matcher(before).find()
                || FROM_AFTER.matcher(after).find();
    }
}
