package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/** Navigation over one sentence's dependency edges by token index. Immutable; built per sentence. */
final class SentenceGraph {
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("acl:relcl", "ccomp", "parataxis", "advcl", "conj",
            "punct", "appos", "dep", "csubj");
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        java.util.Arrays.fill(head, -2);
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                head[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
            }
        }
    }

    boolean parsed() {
        return !sentence.dependencies().isEmpty();
    }

    Sentence sentence() {
        return sentence;
    }

    int head(int token) {
        return head[token];
    }

    String relation(int token) {
        return relation[token] == null ? "" : relation[token];
    }

    /** Children of {@code token} whose relation starts with {@code prefix} ("obl" also matches "obl:tmod"). */
    List<Integer> children(int token, String prefix) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < head.length; i++) {
            if (head[i] == token && relation(i).startsWith(prefix)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Children of {@code token} whose relation is exactly {@code rel} ("nsubj" but not "nsubj:pass"). */
    List<Integer> exactly(int token, String rel) {
        return children(token, rel).stream().filter(i -> relation(i).equals(rel)).toList();
    }

    /** The preposition or case marker of a nominal ("by", "on", "between"), lowercased. */
    Optional<String> caseMarker(int token) {
        return children(token, "case").stream().findFirst()
                .map(i -> sentence.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Token indices of the phrase headed by {@code token}, not crossing into other clauses. */
    List<Integer> phrase(int token) {
        List<Integer> out = new ArrayList<>();
        collect(token, out, true);
        out.sort(Integer::compare);
        return out;
    }

    /** Like {@link #phrase} but also following coordinated nominals ("X and Y"). */
    List<Integer> phraseWithConjuncts(int token) {
        List<Integer> out = new ArrayList<>(phrase(token));
        for (int c : children(token, "conj")) {
            out.addAll(phrase(c));
        }
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int token, List<Integer> out, boolean root) {
        out.add(token);
        for (int i = 0; i < head.length; i++) {
            if (head[i] == token && !CLAUSE_BOUNDARIES.contains(relation(i))) {
                collect(i, out, false);
            }
        }
    }
}
