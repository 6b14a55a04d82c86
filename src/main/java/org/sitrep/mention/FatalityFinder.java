package org.sitrep.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;

/**
 * Finds death tolls in a sentence ("killing at least 12 people", "five soldiers were killed", "dozens dead",
 * "the death toll rose to 40") and counts them by ACLED's conventions: the lowest figure of a range, "a few" = 3,
 * "several"/"many" = 10, "dozens" = 12, "scores" = 20, "hundreds" = 100, "thousands" = 1000. Stateless. A revised
 * toll ({@link #REVISED_RULE}) is meant to replace the other figures of its sentence: see {@link #preferred}.
 */
public final class FatalityFinder {
    private static final Map<String, Long> VAGUE = Map.ofEntries(Map.entry("a few", 3L), Map.entry("few", 3L),
            Map.entry("several", 10L), Map.entry("many", 10L), Map.entry("some", 10L), Map.entry("tens", 10L),
            Map.entry("a number", 10L), Map.entry("an unknown number", 10L), Map.entry("an undisclosed number", 10L),
            Map.entry("dozens", 12L), Map.entry("dozens of", 12L), Map.entry("scores", 20L), Map.entry("hundreds", 100L),
            Map.entry("thousands", 1000L));
    private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|"
            + "(?:one|two|three|four|five|six|seven|eight|nine) hundred)";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+|" + WORD_NUMBER + "|a few|several|many|dozens|"
            + "scores|hundreds|thousands|tens|a number|an unknown number|an undisclosed number)";
    private static final String RANGE = NUMBER + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER + ")?";
    private static final String QUALIFIER = "(?:at least|more than|over|nearly|almost|about|around|some|up to|"
            + "an estimated|as many as|approximately|roughly|a total of)?\\s*";
    private static final String VICTIMS = "(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:people|persons|"
            + "civilians|soldiers|troops|fighters|militants|insurgents|rebels|police(?:men| officers)?|officers|"
            + "members|protesters|demonstrators|villagers|residents|children|women|men|worshippers|students|"
            + "gunmen|attackers|jihadists|combatants|militiamen|policemen|personnel|guards|others|of them|farmers|"
            + "herders|herdsmen|pastoralists|conscripts|suspects|assailants|passengers|traders|miners|fishermen|"
            + "pilgrims|refugees|migrants|teachers|workers|officials|servicemen|bandits|terrorists|boys|girls|"
            + "gendarmes|forces|members of [a-z- ]+|on both sides|from both sides))?";
    private static final String ONE_NOUN = "(?:person|civilian|soldier|policeman|police officer|officer|man|woman|boy|"
            + "girl|child|farmer|herder|herdsman|member|student|priest|pastor|imam|driver|colonel|official|leader|"
            + "commander|resident|villager|trader|teacher|journalist|photographer|activist|peacekeeper|fighter|militant|"
            + "conscript|recruit|sergeant|chief|worker|guard|gendarme|councillor|businessman|suspect|landowner|widow|"
            + "cadre|supporter|son|daughter)";
    private static final String ONE_VICTIM = "(?:a|an|one|another|1)\\s+(?:[a-z-]+\\s+){0,3}?" + ONE_NOUN;
    /** Words between a victim and its verb that are not a report of what others said ("a man accused of theft"). */
    private static final String GAP = "(?:(?!\\b(?:said|says|told|reported|according|who|that)\\b)[^.;]){0,60}?";
    private static final String KILLED = "(?:killed|dead|died|slain|shot dead|beheaded|gunned down|assassinated|"
            + "stabbed to death|hacked to death|beaten to death|burn(?:ed|t) to death|lynched|shot and killed)";
    private static final Pattern PASSIVE = Pattern.compile("\\b" + QUALIFIER + RANGE + VICTIMS
            + "\\s+(?:were|was|have been|had been|are|being|got)?\\s*(?:reportedly\\s+|allegedly\\s+|reported\\s+|"
            + "confirmed\\s+|either\\s+)?(?:killed|dead|died|die|slain|massacred|executed|shot dead|beheaded|lost their lives|"
            + "perished|gunned down|stabbed to death|hacked to death|beaten to death|burn(?:ed|t) to death)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE = Pattern.compile("\\b(?:killing|killed|kills|kill|left|leaving|claimed|"
            + "claiming|massacred|executed|slaughtered)\\s+" + QUALIFIER + RANGE + VICTIMS + "(?:\\s+dead)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_PASSIVE = Pattern.compile("\\b" + ONE_VICTIM + "(?:\\s+" + GAP + ")?"
            + "\\s+(?:was|has been|had been|is)?\\s*(?:reportedly\\s+|allegedly\\s+|confirmed\\s+|reported\\s+|"
            + "later\\s+)?" + KILLED + "\\b", Pattern.CASE_INSENSITIVE);
    /** A headline's bare victim ("Farmer killed in Selea.") or a pronoun that later died ("He died the next day."). */
    private static final Pattern ONE_BARE = Pattern.compile("(?:^\\s*(?:[\\w-]+\\s+){0,2}?" + ONE_NOUN
            + "\\s+(?:was\\s+)?" + KILLED + "|^\\s*(?:he|she)\\s+(?:later\\s+)?(?:died|succumbed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_ACTIVE = Pattern.compile("\\b(?:(?:kill(?:ed|s|ing)?|shot dead|shoot dead|"
            + "gunned down|gun down|assassinat(?:ed|e|ing)|stabbed to death|hacked to death|beheaded|behead|"
            + "execut(?:ed|e|es|ing)|murder(?:ed|s|ing)?)\\s+(?:(?:a|an|one|the)\\s+)?(?:[a-z-]+\\s+){0,3}?" + ONE_NOUN
            + "|(?:shot|shoot|shoots|shooting)\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,2}?" + ONE_NOUN + "\\s+dead)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOLL = Pattern.compile("\\bdeath toll\\s+(?:rose to|of|reached|stood at|climbed to|"
            + "is|was|at)\\s+" + QUALIFIER + RANGE, Pattern.CASE_INSENSITIVE);
    /**
     * A toll revised in the report ("the number was eventually raised to sixteen", "the death toll has risen to 40"):
     * ACLED revises its totals when better information comes, so this figure replaces the earlier ones of the sentence.
     */
    private static final Pattern REVISED = Pattern.compile("\\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|"
            + "victims|fatalities)|(?:the|that|this) number)\\s+(?:(?:was|has|had|have)\\s+(?:been\\s+)?)?(?:eventually\\s+|"
            + "later\\s+|since\\s+|now\\s+|further\\s+|then\\s+)?(?:rose|risen|raised|climbed|increased|jumped|revised)"
            + "(?:\\s+upwards?)?\\s+to\\s+" + QUALIFIER + RANGE + "\\b", Pattern.CASE_INSENSITIVE);
    /** The rule name of {@link #REVISED} tolls. */
    public static final String REVISED_RULE = "revised-toll";
    private static final Pattern NONE = Pattern.compile("\\b(?:no (?:one|casualties|deaths|fatalities|injuries)|"
            + "nobody)\\s+(?:was|were|have been|has been)?\\s*(?:killed|reported|hurt|injured)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * Casualties reported without a number ("casualties reported, numbers not known", "causing casualties of unknown
     * number", "many casualties"): ACLED's 10 for an unknown toll. "Casualties not known" alone is no toll.
     */
    private static final Pattern UNKNOWN_CASUALTIES = Pattern.compile("\\b(?:(?:casualties|causalities|fatalities)"
            + "(?:\\s+of\\s+(?:an\\s+)?unknown\\s+number)?\\s+(?:were\\s+|have\\s+been\\s+)?reported|causing\\s+"
            + "(?:casualties|causalities)|(?:casualties|causalities)\\s+of\\s+(?:an\\s+)?unknown\\s+number|"
            + "(?:many|numerous|heavy)\\s+(?:casualties|causalities|fatalities))\\b", Pattern.CASE_INSENSITIVE);

    /** "12 militants and three soldiers were killed": tolls of both sides under one verb, added up. */
    private static final Pattern BOTH_SIDES = Pattern.compile("\\b" + QUALIFIER + NUMBER + VICTIMS
            + "\\s*(?:,|and|as well as)\\s+" + QUALIFIER + NUMBER + VICTIMS
            + "\\s+(?:were|have been|had been)\\s+(?:reportedly\\s+|allegedly\\s+|reported\\s+)?"
            + "(?:killed|dead|slain)\\b", Pattern.CASE_INSENSITIVE);

    /** Death tolls in {@code sentence}, in text order; spans are code points relative to the sentence start. */
    public List<FatalityMention> find(String sentence) {
        List<FatalityMention> out = new ArrayList<>();
        for (Matcher m = NONE.matcher(sentence); m.find(); ) {
            add(sentence, m, 0, "no-casualties", out);
        }
        for (Matcher m = BOTH_SIDES.matcher(sentence); m.find(); ) {
            Optional<Long> a = value(m.group(1));
            Optional<Long> b = value(m.group(2));
            if (a.isPresent() && b.isPresent()) {
                add(sentence, m, a.get() + b.get(), "both-sides-toll", out);
            }
        }
        collect(REVISED, sentence, REVISED_RULE, out);
        collect(PASSIVE, sentence, "passive-toll", out);
        collect(ACTIVE, sentence, "active-toll", out);
        collect(TOLL, sentence, "death-toll", out);
        for (Pattern p : List.of(ONE_PASSIVE, ONE_ACTIVE, ONE_BARE)) {
            for (Matcher m = p.matcher(sentence); m.find(); ) {
                add(sentence, m, 1, "one-victim", out);
            }
        }
        if (out.isEmpty()) {
            for (Matcher m = UNKNOWN_CASUALTIES.matcher(sentence); m.find(); ) {
                add(sentence, m, 10, "unknown-casualties", out);
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(out);
    }

    /** The toll to count among a sentence's: the revised one if any, else the lowest (ACLED's conservative figure). */
    public static Optional<FatalityMention> preferred(List<FatalityMention> tolls) {
        return tolls.stream().filter(f -> f.rule().equals(REVISED_RULE)).findFirst()
                .or(() -> tolls.stream().min((a, b) -> Long.compare(a.count(), b.count())));
    }

    private static void collect(Pattern p, String sentence, String rule, List<FatalityMention> out) {
        for (Matcher m = p.matcher(sentence); m.find(); ) {
            Optional<Long> low = value(m.group(1));
            Optional<Long> high = m.group(2) == null ? Optional.empty() : value(m.group(2));
            if (low.isPresent()) {
                long count = high.map(h -> Math.min(h, low.get())).orElse(low.get());
                add(sentence, m, count, rule, out);
            }
        }
    }

    private static Optional<Long> value(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).trim();
        Long vague = VAGUE.get(p);
        if (vague != null) {
            return Optional.of(vague);
        }
        if (p.equals("a dozen")) {
            return Optional.of(12L);
        }
        return NumberWords.parse(p);
    }

    private static void add(String sentence, Matcher m, long count, String rule, List<FatalityMention> out) {
        var span = CodePoints.span(sentence, m.start(), m.end());
        if (out.stream().noneMatch(f -> f.span().overlaps(span))) {
            out.add(new FatalityMention(span, m.group().trim(), count, rule));
        }
    }
}
