package org.sitrep.event;

import static org.sitrep.event.SubEventCues.words;
import static org.sitrep.event.SubEventDecision.of;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ACLED's protest sub-types from the cues of a protest sentence (lowercased): protesters killed or hurt by forces
 * (excessive force), forces intervening with crowd-control means or arrests at the protest (intervention), violence
 * by the protesters (violent demonstration), else a peaceful protest. Stateless.
 */
final class ProtestDecision {
    private static final Pattern INTERVENTION = words("tear ?gas|water cannons?|rubber bullets|"
            + "dispersed?|dispersing|arrested|arrests|detained|batons?|beat|beaten|crackdown|cracked down|"
            + "chase[sd]?|chasing");
    private static final Pattern VIOLENT_PROTEST = words("torched|burn(ed|t|ing)|hurl(ed|ing)|"
            + "(threw|throw|throwing|pelted|pelting) (stones|rocks|petrol bombs|molotov|objects|projectiles|bottles)|"
            + "projectiles|stones were thrown|stoned|vandali[sz]ed|clash(ed|es)?|stormed|looted|set (fire|ablaze)|"
            + "barricaded|smash(ed|ing)|turned violent|violent|rampage|debris|pull(ed)? down|attacked|fires|on fire|"
            + "burning tyres|petrol bombs?|violence|throws?|threw|hurled|arson|"
            + "(block(ed|ing)?|shut down|closed|closing) (major |main |the |a |all )?([a-z0-9-]+ ){0,2}?(roads?|routes?|"
            + "highways?|thoroughfares|railways?|streets|traffic)|block(ed|ing)? (vehicles|cars|buses)|roadblocks?");
    private static final Pattern FORCE_ON_PROTESTERS = words("opened fire|live (fire|ammunition|"
            + "bullets|rounds)|shot dead|brutally|fired (live|on|at)|excessive force|suppress(ed|ing)?|crush(ed|ing)|"
            + "violently dispersed|batons?|seriously injured|serious injuries|(violent|deadly|bloody) crackdown|"
            + "fatal attacks");
    private static final Pattern GUNFIRE = words("gunfire|shot|shooting|opened fire|bullets?");
    private static final Pattern FORCES = words("police|policemen|officers|security forces|soldiers|"
            + "troops|army|military|gendarmes|authorities|regime");
    /** Violence that a protest is about, not violence by the protesters ("rallies against gun violence"). */
    private static final Pattern VIOLENCE_AS_TOPIC = Pattern.compile("\\b(against|denounc\\w*|condemn\\w*|over|"
            + "end(ing)?|protest(ing)?)\\s+(the\\s+)?([a-z-]+\\s+){0,2}?violence\\b");
    /** Protesters injured, beaten or hospitalised while forces broke up their protest. */
    private static final Pattern PROTESTERS_HURT = words("(were|was|been) (injured|wounded|hurt|"
            + "hospitali[sz]ed)|(beat|beats|beating|beaten) (an?|the|several|dozens of)? ?[a-z-]* ?(protesters?|"
            + "demonstrators?)");
    /** Forces breaking up a protest by force: an intervention, not violence by the protesters. */
    private static final Pattern FORCIBLE_DISPERSAL = Pattern.compile("\\bviolent(ly)? (dispersal|dispersed?|"
            + "break-?up|crackdown)\\b");
    /**
     * Means of crowd control that name an intervention by themselves; arrests and beatings need forces named in the
     * sentence ("protested for the release of a journalist detained last week" is a peaceful protest).
     */
    private static final Pattern CROWD_CONTROL = words("tear ?gas|water cannons?|rubber bullets|"
            + "dispersed?|dispersing|batons?|crackdown|cracked down|(arrested|detained|beaten) (during|at|while)");

    private ProtestDecision() {
    }

    /** The protest sub-type of {@code sentence} (lowercased); {@code killed}: the sentence reports deaths. */
    static Optional<SubEventDecision.Decision> decide(String sentence, boolean killed) {
        String s = VIOLENCE_AS_TOPIC.matcher(sentence).replaceAll(" ");
        if (killed && (FORCES.matcher(s).find() || GUNFIRE.matcher(s).find())
                || FORCES.matcher(s).find() && FORCE_ON_PROTESTERS.matcher(s).find()) {
            return of(SubEventType.EXCESSIVE_FORCE, "protesters-hurt-by-forces");
        }
        if (FORCES.matcher(s).find() && INTERVENTION.matcher(s).find() && PROTESTERS_HURT.matcher(s).find()) {
            return of(SubEventType.EXCESSIVE_FORCE, "protesters-injured-in-intervention");
        }
        if (FORCES.matcher(s).find() && FORCIBLE_DISPERSAL.matcher(s).find()) {
            return of(SubEventType.PROTEST_WITH_INTERVENTION, "forcible-dispersal");
        }
        if (VIOLENT_PROTEST.matcher(s).find()) {
            return of(SubEventType.VIOLENT_DEMONSTRATION, "violent-protest-cue");
        }
        if (INTERVENTION.matcher(s).find() && (FORCES.matcher(s).find() || CROWD_CONTROL.matcher(s).find())) {
            return of(SubEventType.PROTEST_WITH_INTERVENTION, "intervention-cue");
        }
        return of(SubEventType.PEACEFUL_PROTEST, "protest-trigger");
    }
}
