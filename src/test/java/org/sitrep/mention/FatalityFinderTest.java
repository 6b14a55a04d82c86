package org.sitrep.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FatalityFinderTest {
    private final FatalityFinder finder = new FatalityFinder();

    private long count(String sentence) {
        return finder.find(sentence).get(0).count();
    }

    @Test
    void digitsBeforeKilledAreTheToll() {
        assertEquals(34, count("The SDF said that 34 militants were killed."));
    }

    @Test
    void numbersInWordsAreRead() {
        assertEquals(23, count("Twenty-three soldiers were killed in the ambush."));
    }

    @Test
    void aRangeTakesTheLowestFigure() {
        assertEquals(12, count("The strike killed between 12 and 15 people, killing 12 to 15 civilians."));
    }

    @Test
    void vagueCountsFollowAcledConventions() {
        assertEquals(12, count("Dozens of people were killed."));
        assertEquals(10, count("Several soldiers were killed."));
        assertEquals(100, count("Hundreds were killed."));
    }

    @Test
    void activeVoiceAndDeathTollAreRead() {
        assertEquals(5, count("Gunmen attacked the village, killing at least five people."));
        assertEquals(40, count("The death toll rose to 40 on Monday."));
    }

    @Test
    void theRawPhraseIsKeptAsEvidence() {
        assertEquals("killing at least five people", finder.find("Gunmen attacked, killing at least five people.").get(0).text());
    }

    @Test
    void noCasualtiesIsZero() {
        assertEquals(0, count("No one was killed in the blast."));
    }

    @Test
    void aSentenceWithoutDeathsHasNoToll() {
        assertTrue(finder.find("Troops entered the town after a week of fighting.").isEmpty());
    }

    @Test
    void oneNamedVictimCountsOne() {
        assertEquals(1, count("A police officer was killed in the blast."));
        assertEquals(1, count("Gunmen shot dead a local chief on Monday."));
        assertEquals(1, count("Militants gunned down a Christian priest."));
    }

    @Test
    void reportedAndDiedTollsAreRead() {
        assertEquals(5, count("Five men were reported killed and 63 injured."));
        assertEquals(2, count("Two farmers died."));
    }

    @Test
    void unknownNumbersAndCasualtiesReportedWithoutANumberCountTen() {
        assertEquals(10, count("Tens of soldiers were killed after the ambush."));
        assertEquals(10, count("A number of policemen were either killed or wounded."));
        assertEquals(10, count("The shelling killed an unknown number of herders."));
        assertEquals(10, count("Casualties reported, numbers not known."));
        assertEquals(10, count("The militants fired rockets at the camp, causing casualties of unknown number."));
    }

    @Test
    void casualtiesNotKnownIsNoToll() {
        assertTrue(finder.find("Troops repelled the raid. Casualties not known.").isEmpty());
    }

    @Test
    void tollsOfBothSidesUnderOneVerbAreAddedUp() {
        assertEquals(16, count("At least 12 militants and four soldiers were killed in the fighting."));
        assertEquals(4, count("Four soldiers were killed and 12 wounded."));
    }

    @Test
    void singleVictimsInHeadlinesAppositionsAndLaterDeathsCountOne() {
        assertEquals(1, count("Farmer killed in Selea."));
        assertEquals(1, count("Unidentified gunmen kill NISS officer."));
        assertEquals(1, count("A man accused of stealing goats was beaten to death at the market."));
        assertEquals(1, count("A woman injured during the raid later died of her injuries."));
        assertEquals(1, count("He died the next day."));
        assertEquals(1, count("Armed men hijack a vehicle and shoot the driver dead."));
        assertEquals(1, count("1 soldier killed when government forces intervened."));
    }

    @Test
    void aVictimWhoReportsOthersDeathsIsNotCounted() {
        assertEquals(12, count("A resident said that 12 people were killed in the raid."));
    }

    @Test
    void aRevisedTollReplacesTheEarlierFiguresOfItsSentence() {
        List<FatalityMention> tolls = finder.find("Five people were killed on Monday and the death toll later rose to 12.");
        assertEquals(12L, FatalityFinder.preferred(tolls).orElseThrow().count());
        assertEquals(16L, FatalityFinder.preferred(finder.find("Eleven were first thought dead, though the number was "
                + "eventually raised to sixteen in the following days.")).orElseThrow().count());
        assertEquals(5L, FatalityFinder.preferred(finder.find("Officials said 5 people were killed; residents said "
                + "12 people died.")).orElseThrow().count());
    }
}
