package org.sitrep.event;

import java.util.regex.Pattern;

/**
 * Reads how a sentence commits to what it says: denied, possible (hedged), reported (attributed) or asserted.
 * A hedge always wins over an attribution, so a hedged claim is never output as asserted. Stateless.
 */
final class FactualityClassifier {
    static final String ASSERTED = "asserted";
    static final String REPORTED = "reported";
    static final String POSSIBLE = "possible";
    static final String DENIED = "denied";

    private static final Pattern DENIAL = Pattern.compile("\\b(den(y|ies|ied)|rejected (the )?(claims?|reports?)|"
            + "dismissed (the )?(claims?|reports?)|refuted|did not (carry|attack|kill|take|capture|seize)|"
            + "never (attacked|killed|captured))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile("\\b((?-i:may)|might|could|reportedly|allegedly|alleged|"
            + "unconfirmed|unverified|rumou?rs?|rumou?red|possibly|probably|perhaps|apparently|"
            + "(is|are|was|were) (believed|thought|said) to|purportedly|speculat\\w*|"
            + "(not|yet to) (yet )?(be(en)? )?(independently )?(confirmed|verified)|no official confirmation|"
            + "could not (be )?(independently )?(confirm|verif)\\w*|unclear whether|claims? that)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(according to|said|says|say|told|tells|"
            + "reported|reports|claimed|claims|announced|stated|statement|quoted|sources?|spokesm[ae]n|"
            + "spokeswoman|spokesperson|officials? (said|say)|state media|news agency)\\b", Pattern.CASE_INSENSITIVE);

    String classify(String sentence) {
        if (DENIAL.matcher(sentence).find()) {
            return DENIED;
        }
        if (HEDGE.matcher(sentence).find()) {
            return POSSIBLE;
        }
        return ATTRIBUTION.matcher(sentence).find() ? REPORTED : ASSERTED;
    }
}
