package org.sitrep.codebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A word trie over every alias of the dictionary, built once and read-only afterwards (thread-safe for lookups).
 * Words compare case-insensitively except acronym words (no lower case, at least two characters: IS, SDF, M23),
 * which must match exactly.
 */
final class AliasTrie {
    private static final Pattern ACRONYM_WORD = Pattern.compile("(?=.*\\p{Lu})[\\p{Lu}\\p{N}]{2,}");

    /** Priority of an alias source: a curated alias beats a generated one, which beats a generic noun. */
    enum Source { GENERIC, GENERATED, CURATED }

    /** One alias ending at a trie node; {@code exactWords} holds each acronym word, null where case is ignored. */
    record Candidate(ActorEntry entry, String alias, List<String> exactWords, Source source, boolean acronym) {
        boolean accepts(List<WordTokenizer.Word> words, int from) {
            for (int k = 0; k < exactWords.size(); k++) {
                String exact = exactWords.get(k);
                if (exact != null && !exact.equals(words.get(from + k).exact())) {
                    return false;
                }
            }
            return true;
        }

        String rule() {
            return (source == Source.GENERIC ? "generic:" : acronym ? "acronym:" : "alias:") + alias;
        }
    }

    /** The longest alias starting at a word: the candidate and the index after its last word. */
    record Match(Candidate candidate, int endWord) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Candidate> candidates = new ArrayList<>(1);
    }

    private final Node root = new Node();

    /** Adds an alias of {@code entry}; an alias with no words is ignored. Only for use while building. */
    void add(String alias, ActorEntry entry, Source source) {
        List<WordTokenizer.Word> words = WordTokenizer.words(alias);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        List<String> exact = new ArrayList<>(words.size());
        boolean acronym = false;
        for (WordTokenizer.Word word : words) {
            node = node.children.computeIfAbsent(word.folded(), w -> new Node());
            boolean isAcronym = ACRONYM_WORD.matcher(word.exact()).matches();
            exact.add(isAcronym ? word.exact() : null);
            acronym |= isAcronym;
        }
        for (Candidate existing : node.candidates) {
            if (existing.entry().equals(entry) && existing.exactWords().equals(exact)) {
                return;
            }
        }
        node.candidates.add(new Candidate(entry, alias, Collections.unmodifiableList(exact), source, acronym));
    }

    /** The longest alias that starts at {@code words[from]}, preferring curated over generated over generic. */
    Optional<Match> longestAt(List<WordTokenizer.Word> words, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < words.size(); i++) {
            node = node.children.get(words.get(i).folded());
            if (node == null) {
                break;
            }
            Candidate chosen = null;
            for (Candidate candidate : node.candidates) {
                if (candidate.accepts(words, from)
                        && (chosen == null || candidate.source().compareTo(chosen.source()) > 0)) {
                    chosen = candidate;
                }
            }
            if (chosen != null) {
                best = new Match(chosen, i + 1);
            }
        }
        return Optional.ofNullable(best);
    }
}
