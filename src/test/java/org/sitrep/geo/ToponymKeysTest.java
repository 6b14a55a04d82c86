package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ToponymKeysTest {

    @Test
    void deirEzZorSpellingsShareTheExactKey() {
        assertEquals("deir zor", ToponymKeys.key("Deir ez-Zor"));
        assertEquals("deir zor", ToponymKeys.key("Deir Ezzor"));
        assertEquals("deir zor", ToponymKeys.key("DEIR EZ ZOR"));
        assertEquals("deir zor", ToponymKeys.key("Deir el-Zour".replace("ou", "o")));
    }

    @Test
    void dayrAzZawrMeetsDeirEzZorOnTheLooseKey() {
        assertEquals(ToponymKeys.looseKey("Deir ez-Zor"), ToponymKeys.looseKey("Dayr az Zawr"));
        assertNotEquals(ToponymKeys.key("Deir ez-Zor"), ToponymKeys.key("Dayr az Zawr"));
    }

    @Test
    void diacriticsApostrophesAndArticlesAreUnified() {
        assertEquals("hajin", ToponymKeys.key("Hajīn"));
        assertEquals(ToponymKeys.key("Ma`arrat an Nu`man"), ToponymKeys.key("Ma'arrat al-Nu'man"));
        assertEquals("hasakah", ToponymKeys.key("Al-Hasakah"));
        assertEquals("bab", ToponymKeys.key("al-Bab"));
    }

    @Test
    void aFinalArticleLikeWordIsKept() {
        assertEquals("man", ToponymKeys.key("Man"));
        assertEquals("bir an", ToponymKeys.key("Bir An"));
    }
}
