package org.sitrep.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.withBuiltInProfiles();

    @Test
    void anEnglishReportFullOfArabicPlaceNamesIsEnglish() {
        LanguageGuess guess = detector.detect("Syrian Democratic Forces advanced on Hajin, al-Susah and al-Shafa"
                + " (هجين، السوسة، الشعفة) in Deir ez-Zor on Thursday after heavy clashes with Islamic State fighters"
                + " near al-Bukamal, the Syrian Observatory said.");
        assertEquals("en", guess.code());
        assertTrue(guess.confidence() >= 0.5, "confidence " + guess.confidence());
    }

    @Test
    void aFrenchParagraphIsFrench() {
        LanguageGuess guess = detector.detect("Les affrontements entre l'armée et les groupes armés se poursuivent dans"
                + " la région de Ménaka, où plusieurs civils ont été tués selon des sources locales.");
        assertEquals("fr", guess.code());
        assertEquals("French", guess.name());
    }

    @Test
    void aSpanishParagraphIsSpanish() {
        LanguageGuess guess = detector.detect("Los enfrentamientos entre el ejército y los grupos armados dejaron al"
                + " menos doce muertos en la región, según las autoridades locales, que pidieron ayuda al gobierno.");
        assertEquals("es", guess.code());
    }

    @Test
    void anArabicParagraphIsArabicByItsScript() {
        LanguageGuess guess = detector.detect("قالت مصادر محلية إن اشتباكات عنيفة اندلعت في مدينة الحديدة الليلة الماضية");
        assertEquals("ar", guess.code());
        assertEquals("script", guess.evidence());
    }

    @Test
    void aRussianParagraphIsRussianByItsScript() {
        assertEquals("ru", detector.detect("Вчера вечером в районе города шли тяжёлые бои, сообщили власти.").code());
    }

    @Test
    void aShortHeadlineIsEnglishByDefault() {
        LanguageGuess guess = detector.detect("Hajin captured");
        assertEquals("en", guess.code());
        assertEquals("default", guess.evidence());
    }
}
