package org.sitrep.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class ActorDictionaryTest {
    private static final Countries COUNTRIES = Countries.load();
    private static final ActorDictionary ACTORS = ActorDictionary.load(COUNTRIES);

    private static List<String> names(String text) {
        return ACTORS.find(text).stream().map(m -> m.actor().name()).toList();
    }

    private static ActorMention only(String text) {
        List<ActorMention> mentions = ACTORS.find(text);
        assertEquals(1, mentions.size(), () -> "mentions in '" + text + "': " + mentions);
        return mentions.get(0);
    }

    @Test
    void daeshAndIsisBothResolveToIslamicState() {
        assertEquals(List.of("Islamic State", "Islamic State", "Islamic State", "Islamic State"),
                names("Daesh fighters, Da'esh, ISIS and the Islamic State group."));
        assertEquals("Islamic State", only("Raids on IS positions continued.").actor().name());
        assertEquals("Islamic State", only("Da’esh claimed it.").actor().name());
    }

    @Test
    void lowercaseIsIsNeverIslamicState() {
        assertEquals(List.of(), names("It is what it is. Is it over? This is a city, and us too."));
    }

    @Test
    void syrianArmyIsMilitaryForcesOfSyria() {
        ActorMention mention = only("The Syrian army shelled the town.");
        assertEquals("Military Forces of Syria", mention.actor().name());
        assertEquals(1, mention.actor().inter());
        assertEquals(Optional.of("SY"), mention.actor().countryCode());
        assertEquals("Syrian army", mention.text());
        assertEquals("Military Forces of Syria", only("Syria's army advanced.").actor().name());
        assertEquals(List.of("Military Forces of Syria", "Military Forces of Syria"), names("the Syrian Arab Army (SAA)"));
    }

    @Test
    void syrianDemocraticForcesIsOneMentionNotSyrianPlusForces() {
        ActorMention mention = only("The Syrian Democratic Forces captured Hajin.");
        assertEquals("Syrian Democratic Forces", mention.actor().name());
        assertEquals(2, mention.actor().inter());
        assertEquals(new Span(4, 28), mention.span());
    }

    @Test
    void qsdAndSdfAreTheSameActor() {
        assertEquals(List.of("Syrian Democratic Forces", "Syrian Democratic Forces"), names("SDF (QSD) units"));
    }

    @Test
    void gunmenAreAGenericArmedGroupTemplate() {
        ActorMention mention = only("Gunmen killed five cows.");
        assertTrue(mention.actor().generic());
        assertEquals(3, mention.actor().inter());
        assertEquals("Unidentified Armed Group ({country})", mention.actor().name());
        assertEquals("Unidentified Armed Group (Nigeria)", mention.actor().nameFor(COUNTRIES.byIso2("NG")));
        assertEquals("Unidentified Armed Group", mention.actor().nameFor(Optional.empty()));
        assertEquals("generic:gunmen", mention.rule());
    }

    @Test
    void aSingularGunmanIsFoundToo() {
        assertEquals("Unidentified Armed Group ({country})", only("A gunman opened fire.").actor().name());
    }

    @Test
    void genericCategoriesCarryTheirInterCodes() {
        assertEquals(6, only("Protesters gathered.").actor().inter());
        assertEquals(5, only("A mob burned the car.").actor().inter());
        assertEquals(7, only("Villagers fled.").actor().inter());
        assertEquals(2, only("Rebels attacked.").actor().inter());
        assertEquals("Police Forces of Kenya", only("Police dispersed them.").actor().nameFor(COUNTRIES.byIso2("KE")));
        assertEquals("Military Forces", only("Troops arrived.").actor().nameFor(Optional.empty()));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("Rapid Support Forces"), names("RSF shelled El Fasher."));
        assertEquals(List.of(), names("rsf and pkk in lower case are not acronyms"));
        assertEquals(List.of("Kurdistan Workers' Party"), names("PKK militants"));
    }

    @Test
    void hyphenApostropheAndSpellingVariantsOfAlShabaabResolve() {
        assertEquals(List.of("Al-Shabaab", "Al-Shabaab", "Al-Shabaab", "Al-Shabaab"),
                names("al-Shabaab, al Shabaab, Al-Shabab and Shabaab"));
    }

    @Test
    void possessiveIsToleratedAndLeftOutOfTheSpan() {
        ActorMention mention = only("Hezbollah's positions were hit.");
        assertEquals("Hezbollah", mention.actor().name());
        assertEquals("Hezbollah", mention.text());
        assertEquals(new Span(0, 9), mention.span());
    }

    @Test
    void aPossessiveNamedActorKeepsItsNounSeparate() {
        assertEquals(List.of("Hezbollah", "Unidentified Armed Group ({country})"), names("Hezbollah's fighters"));
    }

    @Test
    void aGenericNounAfterANamedActorIsAbsorbed() {
        ActorMention mention = only("Houthi rebels fired missiles.");
        assertEquals("Houthis", mention.actor().name());
        assertEquals("Houthi rebels", mention.text());
        assertEquals(List.of("Islamic State"), names("Islamic State militants"));
    }

    @Test
    void longerProvinceNamesBeatTheirParent() {
        assertEquals(List.of("Islamic State West Africa Province"), names("Islamic State West Africa Province"));
        assertEquals(List.of("Islamic State Khorasan Province"), names("ISIS-K claimed the attack"));
        assertEquals(List.of("Tehrik-i-Taliban Pakistan"), names("the Pakistani Taliban"));
    }

    @Test
    void specialStateForceNamesJoinTheGeneratedForce() {
        assertEquals(List.of("Military Forces of Myanmar", "Military Forces of Israel",
                "Military Forces of Democratic Republic of Congo", "Military Forces of Mali"),
                names("The Tatmadaw, the IDF, the FARDC and FAMa"));
    }

    @Test
    void spansCountCodePointsNotUtf16Units() {
        ActorMention mention = only("\uD83D\uDD25 Hamas");
        assertEquals(new Span(2, 7), mention.span());
        assertEquals("Hamas", mention.text());
    }

    @Test
    void everyCountryGetsMilitaryAndPoliceForces() {
        for (Country country : COUNTRIES.all()) {
            assertTrue(ACTORS.byName("Military Forces of " + country.name()).isPresent(), country.name());
            assertTrue(ACTORS.byName("Police Forces of " + country.name()).isPresent(), country.name());
        }
    }

    @Test
    void theTableHasMoreThan150NamedActors() {
        long named = ACTORS.entries().stream()
                .filter(e -> !e.generic() && !e.name().startsWith("Military Forces of")
                        && !e.name().startsWith("Police Forces of"))
                .count();
        assertTrue(named >= 150, "named actors: " + named);
        assertTrue(ACTORS.aliases().contains("Daesh"));
        assertTrue(ACTORS.aliases().contains("Tatmadaw"));
        assertFalse(ACTORS.aliases().contains("gunmen"));
    }

    @Test
    void malformedActorLineNamesFileAndLine() {
        String text = "name\tinter\tcountry\taliases\nHamas\t2\tPS\tQassam Brigades\nFoo\tnine\t\t\n";
        CodebookFormatException e = assertThrows(CodebookFormatException.class,
                () -> ActorDictionary.parse(new StringReader(text), "actors-test.tsv", COUNTRIES));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("actors-test.tsv:3:"), e.getMessage());
    }

    @Test
    void anAliasClaimedByTwoActorsIsRejected() {
        String text = "name\tinter\tcountry\taliases\nA\t2\t\tThe Front\nB\t2\t\tthe front\n";
        CodebookFormatException e = assertThrows(CodebookFormatException.class,
                () -> ActorDictionary.parse(new StringReader(text), "t.tsv", COUNTRIES));
        assertEquals(3, e.line());
    }

    @Test
    void anUnknownCountryCodeIsRejected() {
        String text = "name\tinter\tcountry\taliases\nA\t2\tQQ\t\n";
        assertThrows(CodebookFormatException.class,
                () -> ActorDictionary.parse(new StringReader(text), "t.tsv", COUNTRIES));
    }

    @Test
    void usForcesNeedACapitalUs() {
        assertEquals(List.of("Military Forces of United States"), names("US forces withdrew."));
        assertEquals(List.of(), names("He told us forces were coming."));
    }

    @Test
    void aCuratedNameBeatsAGeneratedPhrase() {
        assertEquals("Syrian National Army", only("the Syrian National Army").actor().name());
        assertEquals("Military Forces of Somalia", only("the Somali National Army").actor().name());
    }

    @Test
    void congoleseArmyIsTheDrcArmyAndTheRepublicOfCongoHasItsOwn() {
        assertEquals("Military Forces of Democratic Republic of Congo", only("Congolese troops").actor().name());
        assertEquals("Military Forces of Republic of Congo", only("Republic of Congo army").actor().name());
    }

    @Test
    void anAllCapsHeadlineStillFindsActors() {
        assertEquals(List.of("Islamic State", "Military Forces of Iraq"), names("ISLAMIC STATE ATTACKS IRAQI TROOPS"));
    }

    @Test
    void wordsInsideLongerWordsAreNotMentions() {
        assertEquals(List.of(), names("Thisis armyworm Hamasaki policeboxes"));
    }

    @Test
    void aStateForceInsideACivilOrganisationNameIsNotTheForce() {
        assertEquals(List.of(), names("The Police Wives Association organised a peace march."));
        assertEquals(List.of(), names("The Police and Prisons Civil Rights Union gathered at the stadium."));
        assertEquals("Police Forces of {country}", names("Police and soldiers dispersed the Union members.").get(0));
        assertEquals("Police Forces of {country}", names("Police Commissioner Ali spoke to the Traders Association.").get(0));
    }
}
