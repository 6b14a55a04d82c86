package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.ActorMention;

class CommunalMilitiasTest {
    private static final ActorDictionary ACTORS = ActorDictionary.load(org.sitrep.codebook.Countries.load());
    private final CommunalMilitias militias = new CommunalMilitias(ACTORS, org.sitrep.codebook.Countries.load());

    private List<Integer> inters(String text) {
        return militias.retype(text, ACTORS.find(text), List.of()).stream().map(m -> m.actor().inter()).toList();
    }

    @Test
    void aMilitiaNamedAfterAPeopleOrTownIsAnIdentityMilitia() {
        assertEquals(List.of(4), inters("Abala militia attacked the village of Tur."));
        assertEquals(List.of(4), inters("A militia from Zintan withdrew."));
        assertEquals(List.of(4), inters("The local militia fought back."));
    }

    @Test
    void unnamedOrOrganisationMilitiasStayPoliticalMilitias() {
        assertEquals(List.of(3), inters("The militia attacked the village."));
        assertEquals(List.of(3), inters("Armed militia attacked the village."));
        assertEquals(List.of(3), inters("Fighting broke out with Salah Al-Burki militias in the suburb."));
        assertEquals(List.of(3), inters("The NDC-C militias clashed in the villages."));
        assertEquals(List.of(3), inters("A Sudanese militia attacked the village."), "a nationality is not a people");
        assertEquals(List.of(3), inters("Clashes broke out. Libyan militia attacked the port."));
    }

    @Test
    void theRuleIsKeptAsEvidence() {
        List<ActorMention> out = militias.retype("Abala militia attacked.", ACTORS.find("Abala militia attacked."), List.of());
        assertEquals("communal:militia-named-after-a-people-or-place", out.get(0).rule());
    }
}
