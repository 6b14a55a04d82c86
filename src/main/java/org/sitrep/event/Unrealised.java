package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.event.codebook.TriggerClass;
import org.sitrep.event.codebook.TriggerMatch;
import org.sitrep.model.Token;

/**
 * Tells whether a trigger names something that has not happened: what an actor threatens, demands, plans, refuses,
 * proposes, prepares or calls off ("threatened to shell", "demanded the withdrawal", "called off the strike"), or
 * what the future tense announces ("will withdraw"), and what is counted as none ("no arrests were made"). ACLED codes none of these. Agreements are exempt from "agree"
 * (agreeing to a ceasefire is the agreement). Violence someone is accused of or was involved in is background, not
 * news. Stateless.
 */
final class Unrealised {
    private static final Set<String> INTENT = Set.of("threaten", "threat", "demand", "urge", "plan", "prepare",
            "propose", "proposal", "refuse", "reject", "vow", "warn", "postpone", "cancel", "intend", "want", "seek",
            "ask", "appeal", "call", "offer", "promise", "pledge", "consider", "tolerate", "plot", "negotiate",
            "negotiation", "talk", "discuss", "willing", "ready", "agree", "decide", "allow", "permit", "avoid",
            "prevent", "stop", "resume", "swear", "oppose", "dismiss", "announce", "order", "request", "defend",
            "abandon", "suspend", "avert", "deter", "fear", "expect", "aim", "try", "attempt", "help", "anticipation",
            "anticipate");
    /**
     * Charges and past involvement ("accused of ordering the murder", "involved in killings and mass rapes",
     * "complicit in kidnappings"): they name earlier violence as the background of the news, not a new event.
     */
    private static final Set<String> CHARGES = Set.of("accuse", "involve", "complicit", "charge", "convict",
            "guilty", "indict", "implicate", "allegation", "accusation", "involvement", "suspect");
    private static final Set<String> FACT_MARKERS = Set.of("while", "as", "after", "when", "because", "since",
            "following", "although", "though", "whereas");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> LINKS = Set.of("xcomp", "ccomp", "obj", "nmod", "obl", "acl", "advcl", "conj");

    boolean test(SentenceGraph g, TriggerMatch t) {
        if (!g.parsed()) {
            return false;
        }
        List<Token> tokens = g.sentence().tokens();
        int h = ArgumentFinder.headToken(g, t);
        if (g.children(h, "det").stream().anyMatch(d -> lower(tokens.get(d)).equals("no"))) {
            return true;
        }
        if (g.children(h, "aux").stream().anyMatch(a -> FUTURE.contains(lower(tokens.get(a))))) {
            return true;
        }
        int node = h;
        for (int depth = 0; depth < 5; depth++) {
            String rel = g.relation(node);
            int gov = g.head(node);
            if (gov < 0 || LINKS.stream().noneMatch(rel::startsWith) || rel.startsWith("advcl") && happened(g, node)) {
                return false;
            }
            String lemma = tokens.get(gov).lemma().toLowerCase(Locale.ROOT);
            boolean exempt = t.triggerClass() == TriggerClass.AGREEMENT && lemma.equals("agree");
            if (depth < 3 && INTENT.contains(lemma) && !exempt || charge(g, gov, lemma)) {
                return true;
            }
            node = gov;
        }
        return false;
    }

    /** A charge word governing the trigger; "was involved in lobbing a grenade" as the main clause is the news. */
    private static boolean charge(SentenceGraph g, int word, String lemma) {
        return CHARGES.contains(lemma) && !(lemma.equals("involve") && g.head(word) < 0);
    }

    /** A clause told as fact beside the main one ("while a group staged a protest", "after gunmen attacked"). */
    private static boolean happened(SentenceGraph g, int clause) {
        return g.children(clause, "mark").stream()
                .anyMatch(m -> FACT_MARKERS.contains(lower(g.sentence().tokens().get(m))));
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
