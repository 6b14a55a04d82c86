package org.sitrep.event;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.event.codebook.TriggerClass;

/**
 * Decides the ACLED sub-event type of a trigger from its family, its actors and cues in its sentence,
 * following the codebook's definitions (who acts on whom decides between Attack and Armed clash, and between
 * Government regains territory and Non-state actor overtakes territory; violence with no armed target named is
 * one-sided, an Attack; territory taken without resistance is a non-violent transfer). Stateless.
 */
final class SubEventDecision {
    private static final Pattern CIVILIAN_VICTIMS = Pattern.compile("\\b(civilians?|villagers?|residents?|"
            + "worshippers?|farmers?|herders?|passengers?|shoppers?|students?|children|women|families|"
            + "journalists?|aid workers?|displaced|refugees?|pilgrims?|traders?|teachers?|market-goers|mayors?|"
            + "officials?|politicians?|candidates?|activists?|councill?ors?|lawmakers?|legislators?|chiefs?|clerics?|"
            + "imams?|priests?|pastors?)\\b");
    private static final Pattern MILITARY_TARGETS = Pattern.compile("\\b(base|checkpoint|outpost|post|convoy|"
            + "patrol|barracks|position|positions|garrison|troops|soldiers|military|army|police station|camp|policemen|"
            + "police officers|gendarmes|forces|fighters|militants|rebels|militiamen|insurgents|guards)\\b");
    private static final Pattern DISRUPTED_OBJECTS = Pattern.compile("\\b(mines?|landmines?|ieds?|explosives?|"
            + "bombs?|devices?|drones?|missiles?|rockets?|cache|weapons|arms|ammunition|plots?|attacks?|booby|firearms?|"
            + "guns?|pistols?|rifles?|revolvers?|muskets?|carbines?|rounds|cartridges|grenades?|packages?|"
            + "arsenal|munitions|shells)\\b");
    private static final Pattern BASE_OBJECTS = Pattern.compile("\\b(base|bases|post|posts|checkpoints?|"
            + "headquarters|camp|camps|outposts?|positions?|garrison)\\b");
    private static final Pattern AIRCRAFT = Pattern.compile("\\b(air ?force|warplanes?|jets?|aircraft|planes?|"
            + "helicopters?|drones?|aerial|airstrikes?|mig|sukhoi)\\b");
    private static final Pattern NO_RESISTANCE = Pattern.compile("\\b((no|any|little) (armed )?resistance|"
            + "without (any )?(resistance|a fight|a shot|"
            + "fighting|clashes)|unopposed|no reported violence|withdr[ae]w|withdrawal|pulled out|vacated|"
            + "handed (over )?control|abandoned)\\b");
    /** Deaths that no one inflicted: disasters, accidents, disease (ACLED codes none of them). */
    private static final Pattern MISHAP = Pattern.compile("\\b(earthquakes?|tsunamis?|floods?|flooding|landslides?|"
            + "mudslides?|volcan(o|ic)|erupt(ed|ion)|storms?|cyclones?|hurricanes?|typhoons?|tornado(es)?|crash(ed|es)?|"
            + "collisions?|collided|accidents?|accidental|derail(ed|ment)|capsized?|drown(ed|ing)|stampede|collapsed?|"
            + "outbreak|epidemic|cholera|ebola|covid|leak(ed|s)?|gas cylinder|boiler|short circuit|wildfires?|"
            + "bushfires?|blaze|plant exploded|factory|tanker|fireworks|heatwave|lightning|ammonium nitrate|stored|"
            + "storage|industrial|warehouse|propane|firefighters|fire fighters|solvents?|(fuel|oil|gas|storage) tanks?|"
            + "high winds|temperatures|torrential|rains?|rainfall|state of emergency)\\b");
    /** "missile tests", "the missile programme": weapons talked about, not fired. */
    private static final Pattern WEAPON_PROGRAMME = Pattern.compile("^\\S+\\s+(tests?|test-fir\\w*|programs?|"
            + "programmes?|development|launch(es|ers?)|technology|defen[cs]e|systems?|capabilit\\w*|arsenal|deals?|"
            + "sales?|purchases?|batter(y|ies)|sites?)\\b");
    private static final Pattern HOSTILE = Pattern.compile("\\b(attack(s|ed|ers?)?|bomber|militants?|insurgents?|"
            + "terrorists?|jihadists?|rebels?|gunmen|claimed|targeted|targeting|planted|detonated)\\b");
    /** Weapons named anywhere in a sentence (seized or found in the passive: "firearms were seized"). */
    private static final Pattern WEAPONS = Pattern.compile("\\b(firearms?|guns|pistols?|rifles?|revolvers?|"
            + "ammunitions?|rounds of|cartridges|explosives|weapons|arms cache|arms depot|projectiles|landmines|ieds|"
            + "kalashnikovs|machine guns|grenades|bombs?|explosive devices?)\\b");
    /** Crowds whose destruction of property is a violent demonstration, not looting by an armed group. */
    /** People, not property, burned: "burnt to death", "two people were doused in petrol and set alight". */
    private static final Pattern PERSON_BURNED = Pattern.compile("\\b((burnt|burned) (alive|to death)|"
            + "(man|woman|men|women|people|persons?|boy|girl|suspects?|thief|thieves) (was|were) (doused|burnt|burned|"
            + "set alight|set ablaze|set on fire))\\b");
    private static final Pattern CROWD = Pattern.compile("\\b(crowds?|angry|youths|students|residents|supporters|"
            + "demonstrators|protesters|rioters|looters|mob|workers|depositors|fans|villagers|community|cadres)\\b");
    private static final Pattern SUICIDE = Pattern.compile("\\b(suicide|explosive vests?|explosive belts?|"
            + "blew (himself|herself|themselves) up|killing (himself|herself|themselves))\\b");

    /** "took cattle from Aliet": livestock or goods taken, not territory. */
    private static final Pattern LIVESTOCK_TAKEN = Pattern.compile("^\\S+\\s+(?:(?:the|their|some|\\d+|[a-z]+ty|"
            + "hundreds of|dozens of)\\s+)?(cattle|cows|goats|sheep|camels|livestock|herds?|animals|donkeys|goods|"
            + "money|cash|valuables|property|belongings)\\b");

    /** Aircraft named as the attacker of an attack verb ("air forces launch attacks", "jets strike"). */
    private static final Pattern AIR_ATTACKER = Pattern.compile("\\b(air ?forces?|jets|warplanes?|military aircraft|"
            + "military planes|fighter planes|bombers|mig(-\\d+)? (fighters|jets|aircraft)|migs|sukhois?|"
            + "fighter jets|helicopter gunships)\\b");
    /** Political rivals whose unarmed clashes ACLED codes as riots ("opposing political groups clashed"). */
    private static final Pattern POLITICAL_RIVALS = Pattern.compile("\\b(political|election|electoral|mayoral|"
            + "party supporters|supporters of|opponents|rival parties|campaign)\\b");
    /** Camps of displaced people and refugees are civilian places, not military camps. */
    private static final Pattern CIVILIAN_CAMPS = Pattern.compile("\\b(displaced|idps?|refugees?|displacement)"
            + "(\\s+(people|persons))?(\\s+(in|at))?(\\s+the)?(\\s+[a-z-]+)?\\s+camps?\\b");
    /** "gunmen wearing military uniforms": clothes, not a military target. */
    static final Pattern UNIFORMS = Pattern.compile("\\b(military|army|police|security forces?)\\s+(uniforms?|fatigues|"
            + "attire|clothing|outfits?)\\b");
    /** Security personnel attacked off duty, at home: ACLED codes them as civilians. */
    private static final Pattern OFF_DUTY = Pattern.compile("\\b(off-duty|off duty|(in|at|near|outside|inside|"
            + "in front of) (his|her|their) (own )?(home|homes|house|houses|residence|family)|"
            + "(stormed|raided|broke into|attacked) (his|her|their) (own )?(home|house|residence))\\b");

    /** Arrests for ordinary crime (drugs, counterfeit money, theft): ACLED codes politically significant arrests only. */
    private static final Pattern ORDINARY_CRIME = Pattern.compile("\\b(drugs?|narcotics|cocaine|heroin|cannabis|"
            + "counterfeit|fake (currency|notes|money)|robber(y|ies)|theft|thieves|thief|stolen|burglar\\w*|fraud\\w*|"
            + "smuggl\\w*|poach\\w*|brothel|gambling|cyber ?crime|embezzl\\w*|bribe\\w*)\\b");
    /** Attacks on computers, not people. */
    private static final Pattern ONLINE = Pattern.compile("\\b(websites?|cyber\\w*|ddos|malware|ransomware|"
            + "computer systems?|email accounts?)\\b");

    /** Many people named as the ones who fled or were expelled ("some 7,000 people", "thousands of civilians"). */
    private static final Pattern DISPLACED_CROWD = Pattern.compile("\\b(thousands|hundreds|tens of thousands|"
            + "\\d{1,3}(,\\d{3})+|\\d{3,})\\b[^.;]{0,30}?\\b(people|persons|civilians|residents|villagers|families|"
            + "households|nationals|migrants|refugees|[a-z]+ians|[a-z]+ese)\\b");

    /** Attacks aimed at property only ("attacks on properties of its members"), with no toll: property destruction. */
    private static final Pattern PROPERTY_TARGET = Pattern.compile("^\\S+\\s+(on|against)\\s+(the\\s+|their\\s+|its\\s+)?"
            + "(properties|property|homes|houses|shops|businesses|stores|vehicles|buildings|offices)\\b");

    /** "clear Bulagana and Gambori of Boko Haram": places cleared of an armed group (mines were caught before). */
    private static final Pattern CLEARED_OF = Pattern.compile("^clear\\w*\\s+[^.;]{1,60}?\\bof\\s+(the\\s+)?"
            + "([\\w'-]+\\s+){0,3}?(militants|insurgents|rebels|fighters|jihadists|terrorists|gunmen|militia\\w*|"
            + "boko haram|al[- ]shabaa?b|islamic state|is|isis|isil|daesh|the enemy|[A-Za-z]+ elements)\\b");

    /** "moved into the area and occupied a building": entering and occupying, which by themselves tell of no fight. */
    private static final Pattern QUIET_ENTRY = Pattern.compile("\\b(occup(y|ied|ies|ying)|mov(ed|es|ing|e) into)\\b");
    /** Victims said to belong to an armed group ("two others belonging to a vigilante group"). */
    private static final Pattern ARMED_MEMBERS = Pattern.compile("\\b(belonging to|members? of) (a|an|the) ([a-z-]+ )?"
            + "(vigilante|militia|self-defen[cs]e|armed) groups?\\b");

    /** Words of fighting that rule out a transfer without resistance. */
    private static final Pattern FIGHTING = Pattern.compile("\\b(fight\\w*|clash\\w*|battl\\w*|attack\\w*|assault\\w*|"
            + "killed|killing|dead|died|shell\\w*|bombard\\w*|heavy|fierce|exchange of fire|gunfire|offensive)\\b");

    /** A sentence that tells of a withdrawal or of no resistance, and of no fighting ("following the withdrawal of"). */
    static boolean toldWithoutResistance(String sentenceLower) {
        return NO_RESISTANCE.matcher(sentenceLower).find() && !FIGHTING.matcher(sentenceLower).find();
    }

    /** "the air force launched nine offensives": an offensive whose sentence names aircraft before it. */
    private static boolean airOffensive(String sentenceLower, String afterTrigger) {
        String before = sentenceLower.substring(0, Math.max(0, sentenceLower.length() - afterTrigger.length()));
        return afterTrigger.startsWith("offensive") && AIR_ATTACKER.matcher(before).find();
    }

    /** Whether the words of a sentence name attacking aircraft ("air force", "MiG fighters", "warplanes"). */
    static boolean namesAircraftAttacker(java.util.List<org.sitrep.model.Token> tokens) {
        StringBuilder words = new StringBuilder();
        tokens.forEach(t -> words.append(t.word().toLowerCase(java.util.Locale.ROOT)).append(' '));
        return AIR_ATTACKER.matcher(words).find();
    }

    /**
     * Soldiers, police or members of an armed group taken hostage or seized by another armed group (on duty). The
     * current codebook and CASE 2021 call it an abduction (its captives stay actor2); ACLED's pre-2019 coding made it
     * a battle, which {@code eval.events.AcledOldTypes} maps from the captives' inter code.
     */
    private static boolean armedCaptured(Optional<ActorEntry> agent, Optional<ActorEntry> patient, String sentence) {
        boolean armedTarget = patient.filter(p -> p.inter() <= 4 || p.inter() == 8).isPresent();
        boolean armedTaker = agent.isEmpty() || agent.filter(a -> a.inter() <= 4 || a.inter() == 8).isPresent();
        return armedTarget && armedTaker && !OFF_DUTY.matcher(sentence).find();
    }

    /** A passive right before the trigger ("was", "were", "had been" and at most one word). */
    private static final Pattern PASSIVE_TAIL = Pattern.compile("\\b(was|were|been|being)\\s+([a-z-]+\\s+)?$");
    /** Armed people named as the subject of a passive ("a soldier was shot dead by troops"). */
    private static final Pattern ARMED_PERSON = Pattern.compile("\\b(soldiers?|policem[ae]n|police ?officers?|"
            + "policewom[ae]n|gendarmes?|troops|servicem[ae]n|militiam[ae]n|fighters|militants|rebels|guards?|"
            + "conscripts?|officers?|vigilantes?)\\b");

    /**
     * "A soldier was shot dead by troops": the victim of a passive trigger is armed. {@code afterTrigger} is the
     * sentence from the trigger on; the rest before it must end in a passive and name armed people first.
     */
    private static boolean armedPassiveSubject(String sentence, String afterTrigger) {
        String before = sentence.substring(0, Math.max(0, sentence.length() - afterTrigger.length()));
        return PASSIVE_TAIL.matcher(before).find() && ARMED_PERSON.matcher(before).find()
                && !OFF_DUTY.matcher(sentence).find();
    }

    /** "clashes between police and informal traders": the two sides named, police and an unarmed crowd. */
    private static final Pattern FORCES_AND_CROWD = Pattern.compile("\\bbetween (the )?(riot )?(police|policemen|"
            + "security forces|gendarmes|soldiers|troops) and ([a-z-]+ ){0,2}(traders|vendors|sellers|hawkers|residents|"
            + "youths|students|villagers|protesters|demonstrators|workers|miners|supporters|crowds?)\\b");

    /** Hurt, shooting or fighting named in a sentence. */
    private static final Pattern HARM = Pattern.compile("\\b(injur\\w*|wound\\w*|hurt|beat\\w*|shot|shoot\\w*|fir(ed|ing) "
            + "(on|at)|gunfire|clash\\w*|fight\\w*|exchange of fire|tear gas|rubber bullets|casualt\\w*|dead|died)\\b");

    /**
     * "Police raided the newspaper office and closed it down": a raid by state forces that hurts no one and fights no
     * one is a search, a strategic development ("Other"; arrests made in it are coded as arrests), not violence.
     */
    private static boolean searchRaid(TriggerClass cls, String afterTrigger, String sentence, Optional<ActorEntry> agent,
                                      boolean killed) {
        return cls == TriggerClass.ATTACK && afterTrigger.startsWith("raid") && !killed
                && agent.filter(a -> a.inter() == 1).isPresent() && !HARM.matcher(sentence).find();
    }

    /** Whether a sentence tells of fighting. */
    static boolean toldFighting(String sentenceLower) {
        return FIGHTING.matcher(sentenceLower).find();
    }

    record Decision(SubEventType type, String rule) {
    }

    /**
     * The type of one trigger, or empty when it makes no event. {@code afterTrigger} is the lowercased sentence from
     * the trigger on (where the targets of an active verb are named).
     */
    Optional<Decision> decide(TriggerClass cls, String sentenceLower, String afterTrigger, Optional<ActorEntry> agent,
                              Optional<ActorEntry> patient, boolean objectIsPlace, boolean killedInSentence) {
        return decide(cls, sentenceLower, afterTrigger, agent, patient, objectIsPlace, killedInSentence, true);
    }

    /**
     * As above; {@code patientFromStructure} is false when the patient was only inferred as the victims named in the
     * sentence (then it says nothing about who fought).
     */
    Optional<Decision> decide(TriggerClass cls, String sentenceLower, String afterTrigger, Optional<ActorEntry> agent,
                              Optional<ActorEntry> patient, boolean objectIsPlace, boolean killedInSentence,
                              boolean patientFromStructure) {
        return switch (cls) {
            case SUICIDE -> of(SubEventType.SUICIDE_BOMB, "suicide-trigger");
            case CHEMICAL -> mishap(sentenceLower, agent) ? Optional.empty() : of(SubEventType.CHEMICAL_WEAPON, "chemical-trigger");
            case AIR -> of(SubEventType.AIR_DRONE_STRIKE, "air-trigger");
            case SHELLING -> WEAPON_PROGRAMME.matcher(afterTrigger).find()
                    || MISHAP.matcher(sentenceLower).find() && !HOSTILE.matcher(sentenceLower).find() ? Optional.empty()
                    : AIR_ATTACKER.matcher(sentenceLower).find() ? of(SubEventType.AIR_DRONE_STRIKE, "missiles-from-aircraft")
                    : of(SubEventType.SHELLING, "shelling-trigger");
            case GRENADE -> of(SubEventType.GRENADE, "grenade-trigger");
            case IED -> mishap(sentenceLower, agent) ? Optional.empty()
                    : SUICIDE.matcher(sentenceLower).find() ? of(SubEventType.SUICIDE_BOMB, "ied-with-suicide")
                    : AIRCRAFT.matcher(sentenceLower).find() ? of(SubEventType.AIR_DRONE_STRIKE, "bombs-from-aircraft")
                    : of(SubEventType.REMOTE_EXPLOSIVE, "explosive-trigger");
            case TERRITORY, TERRITORY_FALL, TERRITORY_WEAK -> LIVESTOCK_TAKEN.matcher(afterTrigger).find() ? Optional.empty()
                    : cls != TriggerClass.TERRITORY_FALL
                    && weaponsTaken(sentenceLower, afterTrigger, objectIsPlace)
                    ? of(SubEventType.DISRUPTED_WEAPONS_USE, "weapons-seized") : territory(cls, sentenceLower, agent, objectIsPlace);
            case SEXUAL -> of(SubEventType.SEXUAL_VIOLENCE, "sexual-violence-trigger");
            case ABDUCT -> armedCaptured(agent, patient, sentenceLower)
                    ? of(SubEventType.ABDUCTION, "armed-personnel-captured") : of(SubEventType.ABDUCTION, "abduction-trigger");
            case ARREST -> ORDINARY_CRIME.matcher(sentenceLower).find() && !HOSTILE.matcher(sentenceLower).find()
                    ? Optional.empty()
                    : agent.filter(a -> a.inter() >= 2 && a.inter() <= 4).isPresent()
                    ? armedCaptured(agent, patient, sentenceLower) ? of(SubEventType.ABDUCTION, "armed-personnel-captured")
                    : of(SubEventType.ABDUCTION, "arrest-by-non-state-actor") : of(SubEventType.ARRESTS, "arrest-trigger");
            case PROTEST -> ProtestDecision.decide(sentenceLower, killedInSentence);
            case RIOT -> of(SubEventType.VIOLENT_DEMONSTRATION, "riot-trigger");
            case MOB -> of(SubEventType.MOB_VIOLENCE, "mob-trigger");
            case LOOT -> mishap(sentenceLower, agent) ? Optional.empty()
                    : PERSON_BURNED.matcher(sentenceLower).find() ? of(SubEventType.ATTACK, "person-burned")
                    : agent.filter(a -> a.inter() >= 5).isPresent() || CROWD.matcher(sentenceLower).find()
                    ? of(SubEventType.VIOLENT_DEMONSTRATION, "destruction-by-a-crowd")
                    : of(SubEventType.LOOTING, "looting-trigger");
            case DISRUPT -> DISRUPTED_OBJECTS.matcher(afterTrigger).find() || WEAPONS.matcher(sentenceLower).find()
                    ? of(SubEventType.DISRUPTED_WEAPONS_USE, "disrupted-weapons")
                    : (objectIsPlace || CLEARED_OF.matcher(afterTrigger).find()) && agent.isPresent()
                    ? territory(TriggerClass.TERRITORY, sentenceLower, agent, true)
                    : Optional.empty();
            case ATTACK, CLASH, KILL -> cls == TriggerClass.ATTACK && !killedInSentence
                    && PROPERTY_TARGET.matcher(afterTrigger).find() ? of(SubEventType.LOOTING, "attack-on-property")
                    : searchRaid(cls, afterTrigger, sentenceLower, agent, killedInSentence)
                    ? of(SubEventType.OTHER, "raid-by-state-forces")
                    : agent.isEmpty() && MISHAP.matcher(STREET_NAME.matcher(sentenceLower).replaceAll(" ")).find()
                    || cls == TriggerClass.ATTACK && ONLINE.matcher(sentenceLower).find() ? Optional.empty()
                    : (cls != TriggerClass.CLASH || airOffensive(sentenceLower, afterTrigger))
                    && AIR_ATTACKER.matcher(sentenceLower).find()
                    ? of(SubEventType.AIR_DRONE_STRIKE, "attack-from-the-air")
                    : agent.isEmpty() && patient.isEmpty() ? unnamedSides(cls, afterTrigger, sentenceLower, killedInSentence)
                    : violence(cls, afterTrigger, sentenceLower, agent, patient, patientFromStructure);
            case WITHDRAW -> agent.filter(a -> a.inter() <= 4 || a.inter() == 8).isPresent()
                    ? of(SubEventType.NON_VIOLENT_TRANSFER, "withdrawal") : Optional.empty();
            case MASS_GRAVE -> of(SubEventType.OTHER, "mass-grave");
            case DISPLACEMENT -> DISPLACED_CROWD.matcher(sentenceLower).find()
                    ? of(SubEventType.OTHER, "mass-displacement") : Optional.empty();
            case BASE -> BASE_OBJECTS.matcher(afterTrigger).find()
                    ? of(SubEventType.HEADQUARTERS_ESTABLISHED, "base-trigger") : Optional.empty();
            case AGREEMENT -> of(SubEventType.AGREEMENT, "agreement-trigger");
            case CHANGE -> agent.or(() -> patient).filter(a -> a.inter() <= 4 || a.inter() == 8).isPresent()
                    && !mishap(sentenceLower, agent)
                    ? of(SubEventType.CHANGE_TO_GROUP, "group-change") : Optional.empty();
        };
    }

    /**
     * Whether {@link #decide} returns empty for a trigger of this family in this sentence whatever the sentence
     * structure, when neither an agent nor a patient can be found (the sentence names no actor): territory,
     * withdrawal and group changes need an actor; seizures and disruptions without one need weapons named.
     */
    static boolean needsActor(TriggerClass cls, String sentenceLower) {
        boolean arms = WEAPONS.matcher(sentenceLower).find() || DISRUPTED_OBJECTS.matcher(sentenceLower).find();
        return switch (cls) {
            case TERRITORY_FALL, WITHDRAW, CHANGE -> true;
            case TERRITORY, TERRITORY_WEAK, DISRUPT -> !arms;
            default -> false;
        };
    }

    /** Weapons right after the verb ("seized nine pistols in Kaduna"), or anywhere when no place was taken. */
    private static boolean weaponsTaken(String sentence, String afterTrigger, boolean objectIsPlace) {
        String near = afterTrigger.substring(0, Math.min(afterTrigger.length(), 60));
        return WEAPONS.matcher(near).find() || !objectIsPlace
                && (DISRUPTED_OBJECTS.matcher(afterTrigger).find() || WEAPONS.matcher(sentence).find());
    }

    /** An accident rather than an attack: mishap words and no perpetrator, or no word of hostility at all. */
    private static boolean mishap(String s, Optional<ActorEntry> agent) {
        String words = STREET_NAME.matcher(s).replaceAll(" ");
        return MISHAP.matcher(words).find() && (agent.isEmpty() || !HOSTILE.matcher(words).find());
    }

    /** "along Factory Road": a word before road, street or avenue names a street, not a mishap. */
    private static final Pattern STREET_NAME = Pattern.compile("\\b[a-z]+ (road|street|avenue|lane|drive)\\b");

    /** Whether armed people or places are named in this text (the part of a sentence after a trigger). */
    static boolean namesArmedTarget(String afterTrigger) {
        return MILITARY_TARGETS.matcher(afterTrigger).find();
    }

    private static Optional<Decision> territory(TriggerClass cls, String s, Optional<ActorEntry> agent,
                                                boolean objectIsPlace) {
        if (cls != TriggerClass.TERRITORY_FALL && !objectIsPlace || agent.isEmpty()) {
            return Optional.empty();
        }
        int inter = agent.get().inter();
        if (cls == TriggerClass.TERRITORY_WEAK && agent.get().name().startsWith("Police")) {
            return Optional.empty();
        }
        if (inter <= 4 || inter == 8) {
            if (NO_RESISTANCE.matcher(s).find() || QUIET_ENTRY.matcher(s).find() && !FIGHTING.matcher(s).find()) {
                return of(SubEventType.NON_VIOLENT_TRANSFER, "territory-without-resistance");
            }
        }
        if (inter == 1 || inter == 8) {
            return of(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "territory-by-state-forces");
        }
        return inter <= 4 ? of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "territory-by-non-state-actor")
                : Optional.empty();
    }

    /** Violence whose sides are not named: a clash is still a battle, a deadly attack is one on civilians. */
    private static Optional<Decision> unnamedSides(TriggerClass cls, String afterTrigger, String sentence,
                                                   boolean killed) {
        if (cls == TriggerClass.CLASH && POLITICAL_RIVALS.matcher(sentence).find()
                && !GroupActors.COMMUNAL.matcher(sentence).find()) {
            return of(SubEventType.VIOLENT_DEMONSTRATION, "clash-of-political-rivals");
        }
        if (cls == TriggerClass.CLASH) {
            return of(SubEventType.ARMED_CLASH, "clash-of-unnamed-sides");
        }
        if (cls == TriggerClass.ATTACK && (killed || CIVILIAN_VICTIMS.matcher(afterTrigger).find())) {
            return of(SubEventType.ATTACK, "deadly-attack-by-unnamed-perpetrator");
        }
        return Optional.empty();
    }

    private static Optional<Decision> violence(TriggerClass cls, String s, String sentence, Optional<ActorEntry> agent,
                                               Optional<ActorEntry> patient, boolean patientFromStructure) {
        if (agent.isEmpty() && patient.isEmpty()) {
            return Optional.empty();
        }
        if (cls == TriggerClass.CLASH && isForces(agent) != isForces(patient)
                && (isCrowd(agent) || (patientFromStructure || FORCES_AND_CROWD.matcher(sentence).find()) && isCrowd(patient))
                && !GroupActors.COMMUNAL.matcher(sentence).find()) {
            return of(SubEventType.VIOLENT_DEMONSTRATION, "clash-of-forces-and-crowd");
        }
        if (cls != TriggerClass.CLASH && patient.filter(p -> p.inter() == 1).isPresent()
                && OFF_DUTY.matcher(sentence).find()) {
            return of(SubEventType.ATTACK, "off-duty-security-personnel");
        }
        if (cls == TriggerClass.CLASH) {
            return of(SubEventType.ARMED_CLASH, "clash-between-two-sides");
        }
        if (patient.isPresent()) {
            int inter = patient.get().inter();
            if (cls == TriggerClass.CLASH && agent.isPresent()) {
                return of(SubEventType.ARMED_CLASH, "clash-between-two-sides");
            }
            if (inter == 7 && ARMED_MEMBERS.matcher(s).find()) {
                return of(SubEventType.ARMED_CLASH, "victims-of-an-armed-group");
            }
            if (inter == 7) {
                return of(SubEventType.ATTACK, "civilian-target");
            }
            if (inter == 6 || inter == 5) {
                return of(SubEventType.EXCESSIVE_FORCE, "force-against-demonstrators");
            }
            return of(SubEventType.ARMED_CLASH, "armed-target");
        }
        if (agent.get().inter() == 7) {
            return Optional.empty();
        }
        if (cls == TriggerClass.CLASH || MILITARY_TARGETS.matcher(UNIFORMS.matcher(CIVILIAN_CAMPS.matcher(s).replaceAll(" "))
                .replaceAll(" ")).find()) {
            return of(SubEventType.ARMED_CLASH, "armed-context");
        }
        if (armedPassiveSubject(sentence, s)) {
            return of(SubEventType.ARMED_CLASH, "armed-passive-subject");
        }
        if (CIVILIAN_VICTIMS.matcher(s).find()) {
            return of(SubEventType.ATTACK, "civilian-victims");
        }
        return of(SubEventType.ATTACK, "one-sided-violence-default");
    }

    private static boolean isForces(Optional<ActorEntry> a) {
        return a.filter(x -> x.inter() == 1).isPresent();
    }

    /** Civilians, protesters or rioters: unarmed people who fight the police riot rather than battle. */
    private static boolean isCrowd(Optional<ActorEntry> a) {
        return a.filter(x -> x.inter() >= 5 && x.inter() <= 7).isPresent();
    }

    private static Optional<Decision> of(SubEventType type, String rule) {
        return Optional.of(new Decision(type, rule));
    }
}
