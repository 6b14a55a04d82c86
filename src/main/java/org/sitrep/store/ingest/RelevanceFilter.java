package org.sitrep.store.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap keyword prefilter run before the NLP pipeline: a text is relevant when one of its words (or the word without
 * a plural, past or -ing ending) is a single-word event trigger of the bundled lexicon, or a casualty, weapon,
 * violence or armed-actor word (forces, army, police, militia...). Ambiguous everyday triggers (take, enter, march, rally, clear...) do not count. Immutable; thread-safe.
 */
public final class RelevanceFilter {
    private static final Set<String> AMBIGUOUS = Set.of("take", "enter", "clear", "march", "merge", "rally", "foil",
            "engage", "execute", "storm", "hand", "fall", "regain", "set", "go", "hold", "round", "establish", "pull",
            "drive", "open", "exchange", "close", "mine", "abandon", "recruit", "rocket", "gain", "dismantle", "intercept",
            "strike", "mob", "torch", "disperse", "capture", "shell", "blast", "demonstrate", "battle", "fight", "raid",
            "offensive", "barrage", "picket", "repel", "liberate", "expel", "pledge", "thwart", "defuse", "detain", "arrest");
    private static final Set<String> EXTRA = Set.of("dead", "killed", "wounded", "injured", "casualties", "died",
            "militants", "militant", "insurgents", "insurgent", "gunmen", "gunman", "troops", "rebels", "rebel",
            "jihadists", "jihadist", "shot", "fought", "struck", "airstrikes", "bombing", "bombings", "protesters",
            "fighters", "soldiers", "clashed", "shelled", "ambushed", "arrested", "detained", "strikes", "forces", "military",
            "army", "armed", "militia", "militias", "police", "weapons", "weapon", "ammunition", "explosive", "explosives",
            "exploded", "explosion", "bomb", "bombs", "captured", "raped", "abducted", "surrendered", "defected",
            "besieged", "detonated", "wounding", "torched", "violence", "violent", "unrest", "insurgency", "terrorist",
            "terrorists", "attackers", "vigilantes", "hostage", "hostages", "guns", "gunfire", "clashes", "war");
    private final Set<String> words;

    private RelevanceFilter(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The filter built from the bundled trigger lexicon ({@code /codebook/triggers.tsv}). */
    public static RelevanceFilter bundled() {
        Set<String> words = new HashSet<>(EXTRA);
        try (InputStream in = RelevanceFilter.class.getResourceAsStream("/codebook/triggers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /codebook/triggers.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String phrase = line.split("\t")[0].strip().toLowerCase(Locale.ROOT);
                if (!phrase.contains(" ") && !AMBIGUOUS.contains(phrase)) {
                    words.add(phrase);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trigger lexicon", e);
        }
        return new RelevanceFilter(words);
    }

    /** The first trigger word found in {@code text} (title included by the caller), or empty when none. */
    public java.util.Optional<String> trigger(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (w.length() < 3) {
                continue;
            }
            if (words.contains(w) || stems(w).stream().anyMatch(words::contains)) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }

    private static Set<String> stems(String w) {
        Set<String> s = new HashSet<>();
        for (String suffix : new String[] {"s", "es", "ed", "d", "ing", "ings", "ers", "er"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                s.add(stem);
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    s.add(stem.substring(0, stem.length() - 1));
                }
                s.add(stem + "e");
            }
        }
        return s;
    }
}
