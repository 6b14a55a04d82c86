package org.sitrep.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitrep.model.RawArticle;

/**
 * A fixed benchmark corpus generated from a seed: news reports of about 700 tokens mixing event sentences
 * (attacks, strikes, territory changes, protests) with background, quotes and context, as wire reports do.
 * Written for Sitrep; the same seed always gives the same reports.
 */
public final class BenchCorpus {
    private static final String[] GROUPS = {"Islamic State", "Boko Haram", "Al-Shabaab", "the Taliban", "JNIM",
            "the Houthis", "the Rapid Support Forces", "M23 rebels"};
    private static final String[] FORCES = {"government troops", "the army", "security forces", "police",
            "Iraqi forces", "Nigerian soldiers", "Somali troops", "Afghan forces"};
    private static final String[] PLACES = {"Mosul", "Maiduguri", "Mogadishu", "Kandahar", "Gao", "Aden",
            "El Fasher", "Goma", "Kirkuk", "Kidal", "Baidoa", "Herat"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] EVENTS = {
        "%G fighters attacked a military checkpoint near %P on %D, killing %N soldiers, officials said.",
        "%F recaptured the town of %P from %G on %D after two days of heavy fighting.",
        "An air strike hit a %G position on the outskirts of %P on %D night, according to a military statement.",
        "A roadside bomb exploded as a convoy of %F passed through %P on %D, wounding several people.",
        "Hundreds of protesters marched through central %P on %D to demand better security, and police fired tear gas.",
        "Gunmen abducted %N villagers from a farm near %P on %D, residents told reporters.",
        "%F shelled villages around %P on %D, killing %N civilians, a local official said."};
    private static final String[] BACKGROUND = {
        "The region has seen repeated violence over the past decade, displacing hundreds of thousands of people.",
        "Aid agencies have warned that food prices in the markets have risen sharply since the start of the year.",
        "\"We are doing everything we can to protect the population,\" a spokesman for the regional government said.",
        "Analysts say the conflict has been fuelled by competition over land, water and control of trade routes.",
        "The United Nations said it was deeply concerned about the situation and called on all parties to show restraint.",
        "Local leaders have called for talks, but previous attempts at mediation collapsed after a few weeks.",
        "Schools in the district remained closed on Monday, and many families have moved to camps near the city.",
        "The governor told a news conference that reinforcements would be sent to the area in the coming days.",
        "Residents said electricity and mobile phone networks had been cut for most of the week.",
        "Humanitarian workers have struggled to reach the worst-affected areas because of insecurity on the roads.",
        "The government has promised to rebuild damaged infrastructure once the security situation improves.",
        "Several international donors pledged additional funds for health care and clean water at a meeting last month."};

    private BenchCorpus() {
    }

    /** {@code count} reports of roughly {@code tokens} tokens each, from {@code seed}. */
    public static List<RawArticle> generate(int count, int tokens, long seed) {
        Random random = new Random(seed);
        List<RawArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int words = 0;
            while (words < tokens * 0.85) {
                String sentence = random.nextInt(10) < 3 ? fill(EVENTS[random.nextInt(EVENTS.length)], random)
                        : BACKGROUND[random.nextInt(BACKGROUND.length)];
                text.append(sentence).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                words += sentence.split("\\s+").length;
            }
            out.add(new RawArticle(Optional.of("bench-" + i), "bench", RawArticle.Format.GIVEN, text.toString().strip(),
                    Optional.empty(), Optional.of(LocalDate.of(2024, 3, 14)), Optional.empty()));
        }
        return List.copyOf(out);
    }

    private static String fill(String template, Random random) {
        String s = template.replace("%G", GROUPS[random.nextInt(GROUPS.length)])
                .replace("%F", FORCES[random.nextInt(FORCES.length)])
                .replace("%P", PLACES[random.nextInt(PLACES.length)])
                .replace("%D", DAYS[random.nextInt(DAYS.length)])
                .replace("%N", Integer.toString(2 + random.nextInt(20)));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
