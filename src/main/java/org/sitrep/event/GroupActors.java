package org.sitrep.event;

import java.util.List;
import java.util.Optional;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.codebook.ActorMention;
import org.sitrep.codebook.Country;

/**
 * Turns an event's agent and patient into ACLED's actor1/actor2 by the codebook's conventions: protesters and
 * rioters are actor1 of demonstrations (the named group as associated actor), civilians are the actor2 of violence
 * against civilians, an unnamed perpetrator is an unidentified armed group of the event's country; a rebel group
 * named only near an air strike (not as its subject) is its target, struck by state forces. With no perpetrator named,
 * abuse of prisoners ("tortured in jail") is by state forces, and violence against a suspected criminal ("a man accused
 * of stealing goats was beaten to death", mob justice) by a communal militia, as ACLED codes them; state forces in
 * a battle with no other side named fight an unidentified armed group, never themselves. An identity militia named in
 * a riot's sentence is what the crowd is about ("protested the arrest of vigilantes"), not its opponent: a crowd
 * fighting such a militia is communal violence, a battle.
 * Immutable; thread-safe.
 */
final class GroupActors {
    private final ActorEntry protesters;
    private final ActorEntry rioters;
    private final ActorEntry civilians;
    private final ActorEntry police;
    private final ActorEntry unidentified;
    private final ActorEntry military;
    private final ActorEntry communal;
    private static final java.util.regex.Pattern CASUALTIES = java.util.regex.Pattern.compile(
            "\\b(kill|kills|killed|killing|dead|deaths?|died|injured|injuring|wounded|wounding|casualties)\\b");
    /** Words of communal conflict: clans, ethnic groups, herders and farmers, land. */
    static final java.util.regex.Pattern COMMUNAL = java.util.regex.Pattern.compile(
            "\\b(clan|clans|communal|ethnic|tribal|tribes|communities|community|land disputes?|disputes? over land|herdsmen|herders|"
            + "pastoralists|farmers|cattle|livestock|grazing)\\b");
    /** Victims held by the state: in prison, jail, custody or detention, or named as prisoners or detainees. */
    static final java.util.regex.Pattern IN_CUSTODY = java.util.regex.Pattern.compile(
            "\\b((in|at|inside) (a |the )?(\\w+ )?(prison|jail|custody|detention|cells?)|political prisoners?|detainees?|"
            + "inmates?)\\b");
    /** Victims suspected of a crime by the crowd that punished them: mob justice. */
    static final java.util.regex.Pattern MOB_JUSTICE = java.util.regex.Pattern.compile(
            "\\b(mob justice|jungle justice|lynch(ed|ing)?|(accused|suspected) of (stealing|theft|robbery|armed robbery|"
            + "witchcraft|rape|murder)|suspected (thief|thieves|robbers?|criminals?|witch|witches)|"
            + "for (allegedly |apparently |reportedly )?(stealing|robbing)|suspected to be (part|members?) of (a )?gang)\\b");
    /** Violence over land or between communities, whose unnamed perpetrators ACLED codes as a communal militia. */
    static final java.util.regex.Pattern COMMUNAL_MOTIVE = java.util.regex.Pattern.compile(
            "\\b(land (issue|dispute|conflict|row|wrangle|feud)s?|over land|(clan|communal|ethnic|tribal|inter-?ethnic|"
            + "inter-?communal) (violence|clash(es)?|conflicts?|fighting|feuds?|disputes?|tensions?|revenge|reprisals?)|"
            + "cattle|livestock|grazing|herdsmen|herders|pastoralists)\\b");
    private static final java.util.regex.Pattern FORCES_AT_RIOT = java.util.regex.Pattern.compile(
            "\\b(police officers?|policemen|policeman|police|gendarmes?|soldiers?|troops|army|military|security forces|"
            + "servicemen)\\b(?!\\s+(stations?|posts?|commanders?|chiefs?|commissioners?|spokes(man|person|woman)|"
            + "headquarters|bases?|camps?|barracks|uniforms?|vehicles?|cars?|boss))");
    private static final java.util.regex.Pattern AFTER_THE_FACT = java.util.regex.Pattern.compile(
            "\\b(police|officers|authorities) (are|were|is|was|have|has) (investigating|probing|opened|launched)\\b"
            + "|\\bpolice (said|say|says|confirmed|reported)\\b|\\baccording to (the )?police\\b");
    /**
     * Aircraft the report cannot place ("unknown foreign military warplanes", "unidentified aircraft"): their strike is
     * by an unidentified armed group, not by the event country's military.
     */
    private static final java.util.regex.Pattern UNKNOWN_AIRCRAFT = java.util.regex.Pattern.compile(
            "\\b(unknown|unidentified|unmarked|mysterious)\\s+([\\w-]+\\s+){0,2}(warplanes?|aircraft|jets?|planes?|"
            + "drones?|helicopters?)\\b");
    private static final java.util.regex.Pattern CLASHES = java.util.regex.Pattern.compile("\\bclash(es|ed)?\\b");
    private static final java.util.regex.Pattern POLICE_TARGET = java.util.regex.Pattern.compile(
            "\\b(police|policemen|policeman|police officers?|gendarmes?|police station|police post)\\b");
    private static final java.util.regex.Pattern MILITARY_TARGET = java.util.regex.Pattern.compile(
            "\\b(soldiers?|troops|army|military|convoy|base|barracks|checkpoint|outpost|garrison|positions?|patrol|"
            + "armou?red vehicle|servicemen|security forces)\\b");

    GroupActors(ActorDictionary actors) {
        protesters = generic(actors, "protesters");
        rioters = generic(actors, "rioters");
        civilians = generic(actors, "civilians");
        police = generic(actors, "police");
        unidentified = generic(actors, "gunmen");
        military = generic(actors, "soldiers");
        communal = generic(actors, "communal militia");
    }

    /** The dictionary's generic actor that {@code word} names ("police", "soldiers"); fails when there is none. */
    static ActorEntry generic(ActorDictionary actors, String word) {
        return actors.find(word).stream().map(ActorMention::actor).findFirst()
                .orElseThrow(() -> new IllegalStateException("the actor dictionary has no generic actor for '" + word + "'"));
    }

    /**
     * ACLED's actor1/actor2 for an event of {@code type}; battles and remote violence with no patient take the other
     * armed actor of the sentence, or the state forces its words name as targets ({@code afterTrigger}, lowercased).
     */
    ActorRoles roles(SubEventType type, Arguments args, Optional<Country> country, List<ActorMention> sentenceActors,
                     String afterTrigger, String sentence, Allies allies) {
        Optional<ActorEntry> agent = args.agent().map(ActorMention::actor);
        Optional<ActorEntry> patient = args.patient().map(ActorMention::actor);
        return switch (type) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION -> {
                Optional<ActorEntry> named = agent.filter(a -> a.inter() != 6 && a.inter() != 1);
                Optional<ActorEntry> forces = agent.filter(a -> a.inter() == 1).or(() -> patient.filter(a -> a.inter() == 1))
                        .or(() -> type == SubEventType.PROTEST_WITH_INTERVENTION ? Optional.of(police) : Optional.empty());
                yield roles(protesters, named, forces, country);
            }
            case EXCESSIVE_FORCE -> roles(agent.filter(a -> a.inter() == 1).orElse(police), Optional.empty(),
                    Optional.of(protesters), country);
            case VIOLENT_DEMONSTRATION -> agent.isEmpty() && patient.isEmpty() && CLASHES.matcher(sentence).find()
                    && forcesNamed(sentence).isEmpty()
                    ? sameKind(rioters, country)
                    : agent.filter(a -> a.inter() == 1).isPresent()
                    ? roles(rioters, Optional.empty(), agent, country)
                    : roles(rioters, agent.filter(a -> a.inter() != 5 && a.inter() != 6 && a.inter() != 7),
                    patient.filter(a -> a.inter() != 4 && a.inter() != 5 && a.inter() != 7)
                            .or(() -> forcesNamed(sentence)), country);
            case MOB_VIOLENCE -> roles(rioters, Optional.empty(), patient.or(() -> Optional.of(civilians)), country);
            case ATTACK, SEXUAL_VIOLENCE, ABDUCTION -> roles(agent.filter(a -> a.inter() != 7)
                            .orElseGet(() -> unnamedPerpetrator(type, sentence)),
                    Optional.empty(), patient.filter(a -> a.inter() == 7 || type == SubEventType.ABDUCTION
                            && a.inter() != 5 && a.inter() != 6).or(() -> Optional.of(civilians)), country);
            case ARRESTS -> roles(agent.orElse(police), Optional.empty(), patient.or(() -> Optional.of(civilians)), country);
            case ARMED_CLASH -> {
                ActorEntry a1 = agent.filter(a -> !a.equals(unidentified) || !COMMUNAL.matcher(sentence).find())
                        .map(this::armedCivilians)
                        .orElse(COMMUNAL.matcher(sentence).find() ? communal : unidentified);
                Optional<ActorEntry> a2 = patient.map(this::armedCivilians)
                        .or(() -> opponent(a1, sentenceActors, afterTrigger, allies));
                boolean twoOfAKind = a2.filter(a -> a.equals(a1) && a.generic()).isPresent();
                yield (a2.isEmpty() || twoOfAKind) && a1.generic() && a1.inter() != 1 ? sameKind(a1, country)
                        : roles(a1, Optional.empty(), a2.or(() -> a1.inter() == 1 || !a1.generic() && a1.inter() <= 4
                        ? Optional.of(unidentified) : Optional.empty()), country);
            }
            case AIR_DRONE_STRIKE -> {
                ActorEntry striker = UNKNOWN_AIRCRAFT.matcher(sentence).find() ? unidentified : military;
                boolean targetOnlyNear = agent.filter(a -> a.inter() >= 2 && a.inter() <= 4).isPresent()
                        && patient.isEmpty() && (args.rule().startsWith("proximity") || args.rule().startsWith("none"));
                if (targetOnlyNear) {
                    yield roles(striker, Optional.empty(), agent, country);
                }
                ActorEntry a1 = agent.filter(a -> !(a.generic() && a.inter() == 1 && striker == unidentified))
                        .orElse(striker);
                Optional<ActorEntry> a2 = patient.or(() -> opponent(a1, sentenceActors, afterTrigger, allies))
                        .or(() -> CASUALTIES.matcher(sentence).find() ? Optional.of(civilians) : Optional.empty());
                yield roles(a1, Optional.empty(), a2, country);
            }
            case SHELLING, REMOTE_EXPLOSIVE, SUICIDE_BOMB, GRENADE -> {
                ActorEntry a1 = agent.orElse(unidentified);
                Optional<ActorEntry> a2 = patient.or(() -> opponent(a1, sentenceActors, afterTrigger, allies))
                        .or(() -> CASUALTIES.matcher(sentence).find() ? Optional.of(civilians) : Optional.empty());
                yield roles(a1, Optional.empty(), a2, country);
            }
            case GOVERNMENT_REGAINS_TERRITORY -> {
                ActorEntry a1 = agent.orElse(military);
                yield roles(a1, Optional.empty(), patient.filter(p -> p.inter() != 7)
                        .or(() -> opponent(a1, sentenceActors, afterTrigger, allies))
                        .or(() -> Optional.of(unidentified)), country);
            }
            case DISRUPTED_WEAPONS_USE, NON_VIOLENT_TRANSFER -> {
                ActorEntry a1 = agent.orElse(type == SubEventType.DISRUPTED_WEAPONS_USE ? military : unidentified);
                yield roles(a1, Optional.empty(), patient.or(() -> opponent(a1, sentenceActors, afterTrigger, allies)),
                        country);
            }
            default -> agent.isPresent()
                    ? roles(agent.get(), Optional.empty(), patient, country)
                    : roles(unidentified, Optional.empty(), patient, country);
        };
    }

    /**
     * The perpetrator of violence against civilians that no words name: state forces for abuse of prisoners (not
     * abductions), a communal militia for mob justice, otherwise an unidentified armed group.
     */
    private ActorEntry unnamedPerpetrator(SubEventType type, String sentence) {
        if (type != SubEventType.ABDUCTION && IN_CUSTODY.matcher(sentence).find()) {
            return police;
        }
        return MOB_JUSTICE.matcher(sentence).find() || COMMUNAL_MOTIVE.matcher(sentence).find() ? communal : unidentified;
    }

    /** Civilians who fight a battle are a communal militia in ACLED's terms. */
    private ActorEntry armedCivilians(ActorEntry a) {
        return a.inter() == 7 ? communal : a;
    }

    /** Two unnamed sides of one kind ("militias clashed", "clan fighting"): both actors are that generic group. */
    private static ActorRoles sameKind(ActorEntry a, Optional<Country> country) {
        String name = a.nameFor(country);
        return new ActorRoles(name, Optional.empty(), a.inter(), Optional.of(name), Optional.of(a.inter()));
    }

    /**
     * The state forces a riot's sentence tells of as people (police, soldiers), the other side of the riot; not their
     * buildings, posts, chiefs or uniforms ("went to the police station", "the home of the police commander", "a
     * checkpoint"), nor police who only investigate or speak afterwards ("Police are investigating a case of arson").
     */
    private Optional<ActorEntry> forcesNamed(String sentence) {
        java.util.regex.Matcher m = FORCES_AT_RIOT.matcher(AFTER_THE_FACT.matcher(sentence).replaceAll(" "));
        if (!m.find()) {
            return Optional.empty();
        }
        return m.group(1).startsWith("police") || m.group(1).startsWith("gendarme") ? Optional.of(police) : Optional.of(military);
    }

    private Optional<ActorEntry> opponent(ActorEntry a1, List<ActorMention> sentenceActors, String afterTrigger,
                                          Allies allies) {
        Optional<ActorEntry> named = sentenceActors.stream().map(ActorMention::actor)
                .filter(a -> !a.equals(a1) && a.armed() && !allies.sameSide(a1, a)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<ActorEntry> forces = POLICE_TARGET.matcher(afterTrigger).find() ? Optional.of(police)
                : MILITARY_TARGET.matcher(afterTrigger).find() ? Optional.of(military) : Optional.empty();
        return forces.filter(f -> !f.equals(a1));
    }

    /**
     * State forces named by their own name and by a generic word ("LNA forces ... four soldiers were killed") are one
     * side: a named state force never fights its country's generic military or police.
     */
    static boolean sameSide(ActorEntry a1, ActorEntry other) {
        return a1.inter() == 1 && other.inter() == 1 && (a1.generic() != other.generic());
    }

    private static ActorRoles roles(ActorEntry a1, Optional<ActorEntry> assoc, Optional<ActorEntry> a2,
                                    Optional<Country> country) {
        String name1 = a1.nameFor(country);
        Optional<String> name2 = a2.map(a -> a.nameFor(country)).filter(n -> !n.equals(name1));
        return new ActorRoles(name1, assoc.map(a -> a.nameFor(country)), inter(a1, country), name2,
                name2.isPresent() ? a2.map(a -> inter(a, country)) : Optional.empty());
    }

    /** ACLED's inter code: a country's state forces acting in another country are external forces (8). */
    static int inter(ActorEntry a, Optional<Country> country) {
        boolean abroad = a.inter() == 1 && !a.generic() && a.countryCode().isPresent() && country.isPresent()
                && !a.countryCode().get().equalsIgnoreCase(country.get().iso2());
        return abroad ? 8 : a.inter();
    }
}
