package org.sitrep.event.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Token;

/**
 * Event trigger phrases, matched leftmost-longest on lowercased lemmas (or words) of a sentence's tokens.
 * Immutable after load; thread-safe.
 */
public final class TriggerLexicon {
    private static final String RESOURCE = "/codebook/triggers.tsv";
    /** A phrase word standing for a few tokens between the parts of a separable verb ("push * out"). */
    static final String GAP = "*";
    private static final int MAX_GAP = 5;
    private static final java.util.Set<String> MONTHS = java.util.Set.of("March", "May", "Mar");
    /** Irregular forms of trigger verbs that do not start with their lemma's stem. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("blew", "blow"),
            Map.entry("blown", "blow"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
            Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("fought", "fight"),
            Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("held", "hold"), Map.entry("overran", "overrun"),
            Map.entry("retook", "retake"), Map.entry("shot", "shoot"), Map.entry("took", "take"),
            Map.entry("withdrew", "withdraw"), Map.entry("struck", "strike"), Map.entry("stricken", "strike"),
            Map.entry("burnt", "burn"), Map.entry("slew", "slay"), Map.entry("slain", "slay"), Map.entry("led", "lead"),
            Map.entry("overtook", "overtake"), Map.entry("overtaken", "overtake"), Map.entry("undertook", "undertake"),
            Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("beat", "beat"),
            Map.entry("caught", "catch"), Map.entry("sent", "send"), Map.entry("stole", "steal"),
            Map.entry("stolen", "steal"), Map.entry("broke", "break"), Map.entry("broken", "break"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("found", "find"),
            Map.entry("laid", "lay"), Map.entry("made", "make"), Map.entry("sat", "sit"), Map.entry("tore", "tear"),
            Map.entry("torn", "tear"), Map.entry("ran", "run"), Map.entry("fled", "flee"), Map.entry("hid", "hide"),
            Map.entry("hidden", "hide"), Map.entry("brought", "bring"), Map.entry("left", "leave"));
    /** Inflectional and agentive endings after a stem ("kidnapp|ed" also matches stem "kidnap"). */
    private static final List<String> ENDINGS = List.of("s", "es", "e", "d", "ed", "ing", "ings", "er", "ers", "or",
            "ors", "ion", "ions", "n", "en", "ied", "ies", "y", "ment", "ments");
    private final Map<String, List<Entry>> byFirstWord;
    /** Stems of every word of every phrase. */
    private final java.util.Set<String> stems;
    /** Each phrase as the stems of its words. */
    private final List<String[]> phraseStems;

    private record Entry(String[] words, TriggerClass triggerClass, String phrase) {
    }

    private TriggerLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        java.util.Set<String> set = new java.util.HashSet<>();
        List<String[]> phrases = new ArrayList<>();
        for (List<Entry> entries : byFirstWord.values()) {
            for (Entry e : entries) {
                String[] phrase = new String[e.words.length];
                for (int i = 0; i < phrase.length; i++) {
                    phrase[i] = stem(e.words[i]);
                    set.add(phrase[i]);
                }
                phrases.add(phrase);
            }
        }
        this.stems = java.util.Set.copyOf(set);
        this.phraseStems = List.copyOf(phrases);
    }

    /** The part every inflection of a word starts with: "capture" -> "captur", "rally" -> "rall". */
    private static String stem(String word) {
        return word.length() > 3 && (word.endsWith("e") || word.endsWith("y")) ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Whether a sentence of these raw words (any case) may contain a trigger, before tagging: every word of some
     * phrase is there, inflected or not (irregular forms included). True for every sentence {@link #find} could
     * match once tagged; may be true for others. Lets costly tagging skip the rest.
     */
    public boolean mayContainTrigger(List<String> words) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (String w : words) {
            stemsOf(w.toLowerCase(Locale.ROOT), present);
        }
        for (String[] phrase : phraseStems) {
            boolean all = true;
            for (String stem : phrase) {
                all &= stem.equals(GAP) || present.contains(stem);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Adds the lexicon stems {@code word} may be an inflection of: the word itself, without an ending, irregulars. */
    private void stemsOf(String word, java.util.Set<String> out) {
        addIfStem(word, out);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            addIfStem(irregular, out);
        }
        for (String suffix : ENDINGS) {
            if (word.length() > suffix.length() + 1 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                addIfStem(base, out);
                if (base.length() > 3 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                    addIfStem(base.substring(0, base.length() - 1), out);
                }
            }
        }
    }

    /** Adds {@code form} or its stem ("destroy" -> "destro") when the lexicon has it. */
    private void addIfStem(String form, java.util.Set<String> out) {
        if (stems.contains(form)) {
            out.add(form);
        }
        String stem = stem(form);
        if (stems.contains(stem)) {
            out.add(stem);
        }
    }

    /** The lexicon bundled with Sitrep. */
    public static TriggerLexicon load() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static TriggerLexicon parse(Reader reader, String source) throws IOException {
        Map<String, List<Entry>> map = new HashMap<>();
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected phrase<TAB>class");
            }
            TriggerClass cls;
            try {
                cls = TriggerClass.valueOf(cols[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": unknown trigger class " + cols[1], e);
            }
            String phrase = cols[0].trim().toLowerCase(Locale.ROOT);
            String[] words = phrase.split("\\s+");
            if (words[0].equals(GAP) || words[words.length - 1].equals(GAP)) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": a phrase cannot start or end with " + GAP);
            }
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, cls, phrase));
        }
        map.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        return new TriggerLexicon(Map.copyOf(map));
    }

    /** Non-overlapping triggers in the tokens, leftmost-longest; proper nouns and pronouns never start one. */
    public List<TriggerMatch> find(List<Token> tokens) {
        List<TriggerMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TriggerMatch m = matchAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private TriggerMatch matchAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.pos().startsWith("PRP") || first.pos().startsWith("NNP") && !inTitleCase(first)) {
            return null;
        }
        for (String key : keys(tokens.get(i))) {
            List<Entry> entries = byFirstWord.get(key);
            if (entries == null) {
                continue;
            }
            for (Entry e : entries) {
                boolean separable = e.phrase.contains(GAP);
                int end = separable && !first.pos().startsWith("V") ? -1 : matchEnd(tokens, i, e.words, 0);
                if (end > i) {
                    return new TriggerMatch(i, end, e.triggerClass, e.phrase);
                }
            }
        }
        return null;
    }

    /** A capitalised common word in a headline ("Roadside Bomb Kills"), not a name or a month. */
    private static boolean inTitleCase(Token t) {
        return "O".equals(t.ner()) && !MONTHS.contains(t.word());
    }

    /**
     * The end (exclusive) of {@code words[k..]} matched from token {@code i}, or -1. A {@value #GAP} word stands for
     * one to {@value #MAX_GAP} tokens, shortest first, for separable verbs ("pushed the militants out").
     */
    private static int matchEnd(List<Token> tokens, int i, String[] words, int k) {
        if (k == words.length) {
            return i;
        }
        if (words[k].equals(GAP)) {
            for (int skip = 1; skip <= MAX_GAP && i + skip < tokens.size(); skip++) {
                if (".".equals(tokens.get(i + skip - 1).word()) || ",".equals(tokens.get(i + skip - 1).word())) {
                    return -1;
                }
                int end = matchEnd(tokens, i + skip, words, k + 1);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= tokens.size()) {
            return -1;
        }
        for (String key : keys(tokens.get(i))) {
            if (key.equals(words[k])) {
                return matchEnd(tokens, i + 1, words, k + 1);
            }
        }
        return -1;
    }

    /** Prefixes that leave a hyphenated word meaning its last part ("mini-protest", "counter-protest"). */
    private static final java.util.regex.Pattern MODIFIER_PREFIX = java.util.regex.Pattern.compile(
            "^(mini|counter|mass|mega|joint)-");

    private static String[] keys(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String word = t.word().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = MODIFIER_PREFIX.matcher(lemma);
        return m.find() ? new String[] {lemma, word, lemma.substring(m.end())} : new String[] {lemma, word};
    }
}
