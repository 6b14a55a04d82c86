package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameShapeTest {
    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    @Test
    void aSentenceWhoseOnlyCapitalIsAnInitialFunctionWordHoldsNoName() {
        assertFalse(NameShape.mayHoldName(words("The region has seen repeated violence over the past decade .")));
        assertFalse(NameShape.mayHoldName(words("\" We are doing everything we can , \" a spokesman said .")));
        assertFalse(NameShape.mayHoldName(words("aid agencies warned about prices .")));
    }

    @Test
    void aCapitalisedWordAfterTheFirstMayBeAName() {
        assertTrue(NameShape.mayHoldName(words("The governor of Borno said so .")));
        assertTrue(NameShape.mayHoldName(words("Schools remained closed on Monday .")));
        assertTrue(NameShape.mayHoldName(words("Fans of the eBay seller complained .")));
    }

    @Test
    void aCapitalisedFirstWordThatIsNoFunctionWordMayBeAName() {
        assertTrue(NameShape.mayHoldName(words("Somalia has seen repeated violence .")));
        assertTrue(NameShape.mayHoldName(words("\" Hamas will respond , \" he said .")));
    }
}
