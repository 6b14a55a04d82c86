package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    static final String TEXT = "Suspected Boko Haram gunmen attacked the village of Kukawa in Borno State on Sunday,"
            + " killing at least 12 villagers and burning houses, residents said on Monday.";

    @Test
    void aWireCopyIsSimilarAndAnotherReportIsNot() {
        TextFingerprint a = TextFingerprint.of(TEXT);
        assertTrue(a.similarity(TextFingerprint.of("AFP - " + TEXT)) > 0.7);
        assertTrue(a.similarity(TextFingerprint.of("Protesters marched in Nairobi against the new finance bill"
                + " on Tuesday, police used tear gas.")) < 0.2);
    }

    @Test
    void itRoundTripsThroughHex() {
        TextFingerprint a = TextFingerprint.of(TEXT);
        assertEquals(a, TextFingerprint.fromHex(a.hex()));
        assertEquals(512, a.hex().length());
        assertEquals(TextFingerprint.BANDS, a.bandKeys().length);
    }
}
