package org.sitrep.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateLinesTest {
    private final BoilerplateLines lines = new BoilerplateLines();

    @Test
    void siteFurnitureLinesAreBoilerplate() {
        for (String line : new String[] {"Skip to main content", "Back to top", "Share this article", "Sign in",
                "Subscribe", "Advertisement", "Cookie settings", "Follow us on Twitter", "Home | World | Africa | Sport",
                "News • Politics • Business", "© 2019 Sahel Daily"}) {
            assertTrue(lines.isBoilerplate(line), line);
        }
    }

    @Test
    void reportSentencesAreNotBoilerplate() {
        for (String line : new String[] {"Share prices fell in Bamako after the attack.",
                "Troops advanced on Hajin | officials said the town fell.", "Home to 20,000 people, the town was shelled.",
                "Subscribers reported power cuts in Idlib."}) {
            assertFalse(lines.isBoilerplate(line), line);
        }
    }
}
