package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.event.codebook.TriggerClass;
import org.sitrep.event.codebook.TriggerMatch;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class TriggerSelectionTest {
    private static List<Token> tokens(String... wordPos) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < wordPos.length; i++) {
            String[] p = wordPos[i].split("/");
            out.add(new Token(i, p[0], p[0].toLowerCase(), p[1], "O", new Span(i * 10, i * 10 + p[0].length())));
        }
        return out;
    }

    private static List<TriggerClass> chosen(TriggerSelection s) {
        List<TriggerClass> out = new ArrayList<>();
        s.forEvents(() -> true).forEach(t -> out.add(t.triggerClass()));
        return out;
    }

    @Test
    void aLabourStrikeIsAProtestButAStrikingVerbIsNot() {
        List<Token> noun = tokens("teachers/NNS", "went/VBD", "on/IN", "strike/NN");
        assertEquals(List.of(TriggerClass.PROTEST), chosen(TriggerSelection.of(
                List.of(new TriggerMatch(3, 4, TriggerClass.PROTEST, "strike")), noun)));
        List<Token> verb = tokens("militants/NNS", "struck/VBD", "the/DT", "base/NN");
        assertEquals(List.of(), chosen(TriggerSelection.of(
                List.of(new TriggerMatch(1, 2, TriggerClass.PROTEST, "strike")), verb)));
    }

    @Test
    void violenceComesBeforeLaterDevelopmentsAndPropertyDestructionFoldsIntoIt() {
        List<Token> t = tokens("troops/NNS", "deployed/VBD", "after/IN", "protesters/NNS", "burned/VBD", "cars/NNS");
        TriggerSelection s = TriggerSelection.of(List.of(new TriggerMatch(1, 2, TriggerClass.CHANGE, "deploy"),
                new TriggerMatch(3, 4, TriggerClass.PROTEST, "protester"),
                new TriggerMatch(4, 5, TriggerClass.LOOT, "burn")), t);
        assertEquals(List.of(TriggerClass.PROTEST, TriggerClass.CHANGE), chosen(s));
    }

    @Test
    void riotPoliceAreNotARiot() {
        List<Token> t = tokens("riot/NN", "police/NNS", "chased/VBD", "demonstrators/NNS");
        assertEquals(List.of(TriggerClass.PROTEST), chosen(TriggerSelection.of(List.of(
                new TriggerMatch(0, 1, TriggerClass.RIOT, "riot"),
                new TriggerMatch(3, 4, TriggerClass.PROTEST, "demonstrator")), t)));
    }

    @Test
    void propertyDestructionBesideViolenceIsTriedOnlyWhenTheViolenceMadeNoEvent() {
        List<Token> t = tokens("after/IN", "the/DT", "attacks/NNS", "shops/NNS", "were/VBD", "looted/VBN");
        TriggerSelection s = TriggerSelection.of(List.of(new TriggerMatch(2, 3, TriggerClass.ATTACK, "attack"),
                new TriggerMatch(5, 6, TriggerClass.LOOT, "loot")), t);
        assertEquals(List.of(TriggerClass.ATTACK, TriggerClass.LOOT), chosen(s));
        List<TriggerClass> afterAnEvent = new ArrayList<>();
        s.forEvents(afterAnEvent::isEmpty).forEach(x -> afterAnEvent.add(x.triggerClass()));
        assertEquals(List.of(TriggerClass.ATTACK), afterAnEvent);
    }

    @Test
    void anArrestBesideAProtestIsTriedWhenTheProtestMadeNoEvent() {
        List<Token> t = tokens("police/NNS", "arrested/VBD", "activists/NNS", "before/IN", "protests/NNS");
        TriggerSelection s = TriggerSelection.of(List.of(new TriggerMatch(1, 2, TriggerClass.ARREST, "arrest"),
                new TriggerMatch(4, 5, TriggerClass.PROTEST, "protest")), t);
        assertEquals(List.of(TriggerClass.PROTEST, TriggerClass.ARREST), chosen(s));
        List<TriggerClass> afterProtest = new ArrayList<>();
        s.forEvents(afterProtest::isEmpty).forEach(x -> afterProtest.add(x.triggerClass()));
        assertEquals(List.of(TriggerClass.PROTEST), afterProtest);
    }
}
