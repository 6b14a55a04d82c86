package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.NerFixup;

/**
 * Relabels tokens whose text is exactly a curated name (case-sensitive, leftmost-longest, on token boundaries),
 * overriding the statistical NER. Immutable after construction; safe for concurrent use.
 */
final class FixupLabeler {
    private final Map<String, List<NerFixup>> byFirstToken;

    FixupLabeler(Collection<NerFixup> fixups) {
        Map<String, List<NerFixup>> map = new HashMap<>();
        for (NerFixup f : fixups) {
            String first = firstToken(f.name());
            if (first.isEmpty()) {
                continue;
            }
            List<NerFixup> list = map.computeIfAbsent(first, k -> new ArrayList<>());
            if (list.stream().noneMatch(g -> g.name().equals(f.name()))) {
                list.add(f);
            }
        }
        map.values().forEach(l -> l.sort(Comparator.comparingInt((NerFixup f) -> f.name().length()).reversed()));
        byFirstToken = Map.copyOf(map);
    }

    /** Sets the NER label of every token covered by a fix-up name in {@code text}. */
    void relabel(List<CoreLabel> tokens, String text) {
        int i = 0;
        while (i < tokens.size()) {
            int next = tryAt(tokens, i, text);
            i = next > i ? next : i + 1;
        }
    }

    /** Returns the index after the match starting at token i, or i when none matches. */
    private int tryAt(List<CoreLabel> tokens, int i, String text) {
        List<NerFixup> candidates = byFirstToken.get(tokens.get(i).word());
        if (candidates == null) {
            return i;
        }
        int begin = tokens.get(i).beginPosition();
        for (NerFixup f : candidates) {
            if (!text.startsWith(f.name(), begin)) {
                continue;
            }
            int end = begin + f.name().length();
            int j = i;
            while (j < tokens.size() && tokens.get(j).endPosition() < end) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).endPosition() == end) {
                for (int k = i; k <= j; k++) {
                    tokens.get(k).setNER(f.type());
                }
                return j + 1;
            }
        }
        return i;
    }

    private static String firstToken(String name) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(name), new CoreLabelTokenFactory(),
                TokenizerOptions.OPTIONS);
        return tokenizer.hasNext() ? tokenizer.next().word() : "";
    }
}
