package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Sentence;

/**
 * Re-types an event by what the next sentence of the report says of it: a territory change followed by the other
 * side's withdrawal is a non-violent transfer; shells or bombs the next sentence says carried poison gas are a
 * chemical weapon. Each change adds its rule to the event's evidence. Stateless.
 */
final class LaterSentences {
    /** Munitions said to carry a chemical agent ("the shells contained poisonous gas", "filled with chlorine"). */
    private static final Pattern CHEMICAL_LOAD = Pattern.compile("\\b(contained|containing|contain|carried|carrying|"
            + "filled with|laced with|loaded with)\\s+(\\w+\\s+){0,2}?(poison\\w*|toxic gas\\w*|chlorine|sarin|"
            + "mustard gas|nerve agents?|chemical agents?|chemicals)\\b");

    private LaterSentences() {
    }

    static List<EventCandidate> apply(List<EventCandidate> candidates, AnnotatedText at) {
        List<Sentence> sentences = at.sentences();
        List<EventCandidate> out = new ArrayList<>(candidates);
        for (int i = 0; i < out.size(); i++) {
            EventCandidate c = out.get(i);
            int next = c.sentence() + 1;
            if (next >= sentences.size()) {
                continue;
            }
            String own = lower(at, sentences.get(c.sentence()));
            String later = lower(at, sentences.get(next));
            if (withdrawalAfterTerritory(c, own, later)) {
                out.set(i, c.withType(SubEventType.NON_VIOLENT_TRANSFER).withRule("withdrawal-in-next-sentence"));
            } else if (isExplosive(c.type()) && CHEMICAL_LOAD.matcher(later).find()) {
                out.set(i, c.withType(SubEventType.CHEMICAL_WEAPON).withRule("chemical-load-in-next-sentence"));
            }
        }
        return out;
    }

    /**
     * A territory change told without fighting whose next sentence tells of the other side's withdrawal, and of no
     * fighting ("al-Shabaab took control of X. The militants seized it following the withdrawal of Puntland forces").
     */
    private static boolean withdrawalAfterTerritory(EventCandidate c, String own, String later) {
        boolean territory = c.type() == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                || c.type() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        return territory && c.fatalities().filter(n -> n > 0).isEmpty() && !SubEventCues.toldFighting(own)
                && SubEventCues.toldWithoutResistance(later);
    }

    private static boolean isExplosive(SubEventType t) {
        return t == SubEventType.SHELLING || t == SubEventType.REMOTE_EXPLOSIVE || t == SubEventType.AIR_DRONE_STRIKE;
    }

    private static String lower(AnnotatedText at, Sentence s) {
        return CodePoints.slice(at.document().text(), s.span()).toLowerCase(Locale.ROOT);
    }
}
