package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.Countries;
import org.sitrep.event.codebook.TriggerLexicon;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class EventCoderStructureNeedTest {
    private static final Countries COUNTRIES = Countries.load();
    private static final TriggerLexicon LEXICON = TriggerLexicon.load();
    private static final EventCoder CODER = new EventCoder(LEXICON, ActorDictionary.load(COUNTRIES), COUNTRIES);

    /** Tokens from "word/lemma/POS" triples separated by spaces; the sentence text is the words joined by spaces. */
    private static boolean needs(String tagged) {
        return needs(tagged, false);
    }

    private static boolean needs(String tagged, boolean hasTrigger) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String triple : tagged.split(" ")) {
            String[] p = triple.split("/");
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(p[0]);
            tokens.add(new Token(tokens.size(), p[0], p[1], p[2], "O", new Span(start, text.length())));
        }
        if (hasTrigger) {
            assertFalse(LEXICON.find(tokens).isEmpty(), "the sentence has a trigger");
        }
        return CODER.needsStructure(text.toString(), tokens);
    }

    @Test
    void aSentenceWithoutTriggersNeedsNoParse() {
        assertFalse(needs("Aid/aid/NN agencies/agency/NNS warned/warn/VBD about/about/IN prices/price/NNS ././."));
    }

    @Test
    void aTerritoryWordWithNoActorNamedNeedsNoParse() {
        assertFalse(needs("Analysts/analyst/NNS say/say/VBP the/the/DT conflict/conflict/NN is/be/VBZ over/over/IN "
                + "control/control/NN of/of/IN trade/trade/NN routes/route/NNS ././.", true));
    }

    @Test
    void aGroupChangeWithNoActorNamedNeedsNoParse() {
        assertFalse(needs("The/the/DT governor/governor/NN said/say/VBD reinforcements/reinforcement/NNS "
                + "would/would/MD be/be/VB sent/send/VBN ././.", true));
    }

    @Test
    void aTerritoryWordWithAnActorNamedNeedsAParse() {
        assertTrue(needs("Al-Shabaab/Al-Shabaab/NNP took/take/VBD control/control/NN of/of/IN the/the/DT "
                + "town/town/NN ././."));
    }

    @Test
    void aDefiniteReferenceMayNameAnActorSoItNeedsAParse() {
        assertTrue(needs("The/the/DT group/group/NN took/take/VBD control/control/NN of/of/IN the/the/DT "
                + "town/town/NN ././."));
    }

    @Test
    void violenceMakesAnEventWithoutNamedSidesSoItNeedsAParse() {
        assertTrue(needs("A/a/DT roadside/roadside/NN bomb/bomb/NN exploded/explode/VBD near/near/IN "
                + "the/the/DT market/market/NN ././."));
    }
}
