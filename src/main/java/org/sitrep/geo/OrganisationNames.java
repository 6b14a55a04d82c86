package org.sitrep.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells names of organisations, forces and institutions ("Afghan National Army", "Islamic State") from places. */
final class OrganisationNames {
    private static final Set<String> HEAD_WORDS = Set.of("forces", "force", "army", "front", "brigade", "brigades",
            "council", "party", "movement", "group", "ministry", "government", "police", "militia", "militias",
            "committee", "coalition", "union", "organization", "organisation", "agency", "office", "company",
            "battalion", "battalions", "regiment", "corps", "guard", "guards", "unit", "units", "network", "alliance",
            "authority", "university", "hospital", "observatory", "commission", "nations", "bank", "court",
            "airport", "news", "times", "post", "tribune", "channel", "tv", "radio", "mission", "command",
            "division", "navy", "jihad", "caliphate", "mujahideen", "taliban", "emirate", "school", "institute",
            "foundation", "association", "federation", "league", "assembly", "parliament", "senate", "congress",
            "cross", "crescent", "programme", "program", "fund", "service", "services", "department", "legion");
    private static final Pattern KNOWN = Pattern.compile(
            "(?i)^(the\\s+)?(islamic\\s+state|daesh|isis|isil|al[- ]qaeda|al[- ]shabaa?b|boko\\s+haram|hayat\\s+tahrir"
                    + "\\s+al[- ]sham|hezbollah|hamas|houthis?|ansar\\s+allah|wagner|jnim|iswap)\\b.*");

    private OrganisationNames() {
    }

    /** True when {@code name}, or the words right after it in {@code following}, make it an organisation's name. */
    static boolean isOrganisation(String name, String following) {
        if (KNOWN.matcher(name).matches()) {
            return true;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            if (HEAD_WORDS.contains(word)) {
                return true;
            }
        }
        String next = following.stripLeading();
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String nextWord = next.substring(0, end);
        return !nextWord.isEmpty() && Character.isUpperCase(nextWord.charAt(0))
                && HEAD_WORDS.contains(nextWord.toLowerCase(Locale.ROOT));
    }
}
