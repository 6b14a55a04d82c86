package org.sitrep.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells names of organisations, forces and institutions ("Afghan National Army", "Islamic State") from places, and
 * finds the place that leads the name of a place's own civil institution ("Athens Police Department", "Ohio
 * Department of Transportation", "Henderson County Jail"). Stateless and thread-safe.
 */
final class OrganisationNames {
    /**
     * Heads of armed groups, parties, movements, media and businesses: such a name is no place and, read as one,
     * names none ("Syrian Democratic Forces", "Washington Post", "Bank of America").
     */
    private static final Set<String> GROUP_HEADS = Set.of("forces", "force", "army", "front", "brigade", "brigades",
            "party", "movement", "group", "militia", "militias", "coalition", "union", "organization",
            "organisation", "company", "battalion", "battalions", "regiment", "corps", "guard", "guards", "unit",
            "units", "network", "alliance", "observatory", "nations", "bank", "news", "times", "post", "tribune",
            "channel", "tv", "radio", "mission", "command", "division", "navy", "jihad", "caliphate", "mujahideen",
            "taliban", "emirate", "cross", "crescent", "legion", "military");
    /**
     * Heads of the civil institutions of a town, county or state: the words before the head name that place
     * ("Fargo Police", "Licking County Sheriff's Office", "Kentucky Department of Education").
     */
    private static final Set<String> INSTITUTION_HEADS = Set.of("council", "ministry", "government", "police",
            "committee", "office", "agency", "authority", "university", "hospital", "commission", "court", "airport",
            "school", "schools", "institute", "foundation", "association", "federation", "league", "assembly",
            "parliament", "senate", "congress", "programme", "program", "fund", "service", "services",
            "department", "sheriff", "jail", "board", "library", "college", "courthouse", "prison", "academy");
    /**
     * Institution heads often named after a person or a benefactor ("Duke University", "Belk Foundation", "Story
     * Elementary School"): the lead counts as a place only when it is a region or a country ("Kentucky University").
     */
    private static final Set<String> NAMESAKE_HEADS = Set.of("university", "college", "school", "schools",
            "institute", "foundation", "library", "academy");

    /** The place that leads an institution's name: its length in chars, and whether only a region or country fits. */
    record Lead(int length, boolean regionOnly) {
    }
    private static final Pattern KNOWN = Pattern.compile(
            "(?i)^(the\\s+)?(islamic\\s+state|daesh|isis|isil|al[- ]qaeda|al[- ]shabaa?b|boko\\s+haram|hayat\\s+tahrir"
                    + "\\s+al[- ]sham|hezbollah|hamas|houthis?|ansar\\s+allah|wagner|jnim|iswap)\\b.*");
    private static final Pattern WORD = Pattern.compile("[^\\s\\-]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** Words a place's name does not end in ("Department of", "Friends and"). */
    private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "on", "in", "&");

    private OrganisationNames() {
    }

    /** True when {@code name}, or the words right after it in {@code following}, make it an organisation's name. */
    static boolean isOrganisation(String name, String following) {
        if (KNOWN.matcher(name).matches()) {
            return true;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            if (isHead(headWord(word))) {
                return true;
            }
        }
        return isHead(nextWord(following));
    }

    /**
     * The place that leads {@code name} when {@code name} (followed by {@code following}) is the name of that place's
     * civil institution: the words before the first head word, or all of {@code name} when the head word comes right
     * after it. Empty when the name has no civil head word, has a group head word anywhere (an armed group, a party,
     * a newspaper), starts with its head word, or is a known organisation.
     */
    static Optional<Lead> institutionLead(String name, String following) {
        if (KNOWN.matcher(name).matches()) {
            return Optional.empty();
        }
        Matcher w = WORD.matcher(name);
        int placeEnd = -1;
        String firstHead = "";
        int lastWordEnd = 0;
        String lastWord = "";
        while (w.find()) {
            String head = headWord(w.group().toLowerCase(Locale.ROOT));
            if (GROUP_HEADS.contains(head)) {
                return Optional.empty();
            }
            if (placeEnd < 0 && INSTITUTION_HEADS.contains(head)) {
                if (LINKS.contains(lastWord)) {
                    return Optional.empty();
                }
                placeEnd = lastWordEnd;
                firstHead = head;
            }
            lastWordEnd = w.end();
            lastWord = w.group().toLowerCase(Locale.ROOT);
        }
        if (placeEnd < 0) {
            firstHead = nextWord(following);
            if (!INSTITUTION_HEADS.contains(firstHead)) {
                return Optional.empty();
            }
            placeEnd = name.length();
        }
        return placeEnd > 0 ? Optional.of(new Lead(placeEnd, NAMESAKE_HEADS.contains(firstHead))) : Optional.empty();
    }

    private static boolean isHead(String word) {
        return GROUP_HEADS.contains(word) || INSTITUTION_HEADS.contains(word);
    }

    /** "sheriff's" -> "sheriff". */
    private static String headWord(String lowerWord) {
        return POSSESSIVE.matcher(lowerWord).replaceFirst("");
    }

    /** The capitalised word that starts {@code following} (after spaces), lower-cased; "" when none. */
    private static String nextWord(String following) {
        String next = following.stripLeading();
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String word = next.substring(0, end);
        return word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? "" : word.toLowerCase(Locale.ROOT);
    }
}
