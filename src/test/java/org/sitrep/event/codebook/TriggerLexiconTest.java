package org.sitrep.event.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = TriggerLexicon.load();

    private static List<Token> tokens(String... wordPosLemma) {
        List<Token> out = new java.util.ArrayList<>();
        for (int i = 0; i < wordPosLemma.length; i++) {
            String[] p = wordPosLemma[i].split("/");
            out.add(new Token(i, p[0], p[2], p[1], p.length > 3 ? p[3] : "O", new Span(i * 10, i * 10 + p[0].length())));
        }
        return out;
    }

    @Test
    void longestPhraseWinsOnLemmas() {
        List<TriggerMatch> found = lexicon.find(tokens("suicide/NN/suicide", "bombers/NNS/bomber", "struck/VBD/strike"));
        assertEquals(TriggerClass.SUICIDE, found.get(0).triggerClass());
        assertEquals(2, found.get(0).end());
    }

    @Test
    void monthMarchIsNotAProtestButHeadlineWordsAreTriggers() {
        assertTrue(lexicon.find(tokens("In/IN/in", "March/NNP/March", "troops/NNS/troop")).isEmpty());
        assertEquals(TriggerClass.IED, lexicon.find(tokens("Roadside/NNP/Roadside", "Bomb/NNP/Bomb")).get(0).triggerClass());
        assertTrue(lexicon.find(tokens("That/DT/that", "is/VBZ/be", "mine/PRP/mine")).isEmpty());
    }

    @Test
    void prefilterKeepsInflectedAndIrregularTriggerWords() {
        for (String word : List.of("took", "fought", "seized", "rallied", "kidnapped", "shelling", "Airstrikes", "IEDs",
                "overran", "shot", "withdrew", "clashes", "recaptured", "Protesters", "destroyed", "rallied", "torched")) {
            assertTrue(lexicon.mayContainTrigger(List.of("They", word, "it", ".")), word);
        }
    }

    @Test
    void prefilterLetsSentencesWithoutTriggerWordsSkipTagging() {
        assertFalse(lexicon.mayContainTrigger(List.of("The", "weather", "was", "fine", "today", ".")));
        assertFalse(lexicon.mayContainTrigger(List.of("Aid", "agencies", "warned", "about", "prices", ".")));
    }

    @Test
    void malformedLineNamesSourceAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TriggerLexicon.parse(new StringReader("# comment\nclash\tCLASH\nshell\tARTILLERY\n"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:3: unknown trigger class"), e.getMessage());
    }

    @Test
    void separableVerbsMatchAcrossTheirObjectButOnlyAsVerbs() {
        List<TriggerMatch> found = lexicon.find(tokens("Troops/NNS/troop", "pushed/VBD/push", "the/DT/the",
                "militants/NNS/militant", "out/RP/out", "of/IN/of", "Bama/NNP/Bama"));
        assertEquals(1, found.size());
        assertEquals(TriggerClass.TERRITORY, found.get(0).triggerClass());
        assertEquals("push * out", found.get(0).phrase());
        assertEquals(5, found.get(0).end());
        assertTrue(lexicon.find(tokens("Government/NNP/Government", "forces/NNS/force", "carried/VBD/carry",
                "out/RP/out", "raids/NNS/raid")).stream().noneMatch(t -> t.phrase().contains("*")));
        assertTrue(lexicon.find(tokens("They/PRP/they", "pushed/VBD/push", "hard/RB/hard", ",/,/,", "then/RB/then",
                "out/RP/out")).isEmpty());
        assertTrue(lexicon.mayContainTrigger(List.of("Troops", "drove", "the", "rebels", "out", ".")));
    }
}
