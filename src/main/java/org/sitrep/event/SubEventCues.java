package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Token;

/**
 * The text cues {@link SubEventDecision} reads in a lowercased sentence (or in its part from the trigger on): word
 * lists of victims, targets, weapons, territory and mishaps, and the few questions asked of them that other stages
 * ask too. Patterns only, no decisions; stateless.
 */
final class SubEventCues {

    // Who is hit: civilians, armed people and places, crowds, property.
    static final Pattern CIVILIAN_VICTIMS = words("civilians?|villagers?|residents?|"
            + "worshippers?|farmers?|herders?|passengers?|shoppers?|students?|children|women|families|"
            + "journalists?|aid workers?|displaced|refugees?|pilgrims?|traders?|teachers?|market-goers|mayors?|"
            + "officials?|politicians?|candidates?|activists?|councill?ors?|lawmakers?|legislators?|chiefs?|clerics?|"
            + "imams?|priests?|pastors?");
    static final Pattern MILITARY_TARGETS = words("base|checkpoint|outpost|post|convoy|"
            + "patrol|barracks|position|positions|garrison|troops|soldiers|military|army|police station|camp|policemen|"
            + "police officers|gendarmes|forces|fighters|militants|rebels|militiamen|insurgents|guards");
    /** Armed people named as the subject of a passive ("a soldier was shot dead by troops"). */
    static final Pattern ARMED_PERSON = words("soldiers?|policem[ae]n|police ?officers?|"
            + "policewom[ae]n|gendarmes?|troops|servicem[ae]n|militiam[ae]n|fighters|militants|rebels|guards?|"
            + "conscripts?|officers?|vigilantes?");
    /** A passive right before the trigger ("was", "were", "had been" and at most one word). */
    static final Pattern PASSIVE_TAIL = Pattern.compile("\\b(was|were|been|being)\\s+([a-z-]+\\s+)?$");
    /** Victims said to belong to an armed group ("two others belonging to a vigilante group"). */
    static final Pattern ARMED_MEMBERS = Pattern.compile("\\b(belonging to|members? of) (a|an|the) ([a-z-]+ )?"
            + "(vigilante|militia|self-defen[cs]e|armed) groups?\\b");
    /** Security personnel attacked off duty, at home: ACLED codes them as civilians. */
    static final Pattern OFF_DUTY = words("off-duty|off duty|(in|at|near|outside|inside|"
            + "in front of) (his|her|their) (own )?(home|homes|house|houses|residence|family)|"
            + "(stormed|raided|broke into|attacked) (his|her|their) (own )?(home|house|residence)");
    /** "gunmen wearing military uniforms": clothes, not a military target. */
    static final Pattern UNIFORMS = Pattern.compile("\\b(military|army|police|security forces?)\\s+(uniforms?|fatigues|"
            + "attire|clothing|outfits?)\\b");
    /** Camps of displaced people and refugees are civilian places, not military camps. */
    static final Pattern CIVILIAN_CAMPS = Pattern.compile("\\b(displaced|idps?|refugees?|displacement)"
            + "(\\s+(people|persons))?(\\s+(in|at))?(\\s+the)?(\\s+[a-z-]+)?\\s+camps?\\b");
    /** People, not property, burned: "burnt to death", "two people were doused in petrol and set alight". */
    static final Pattern PERSON_BURNED = words("(burnt|burned) (alive|to death)|"
            + "(man|woman|men|women|people|persons?|boy|girl|suspects?|thief|thieves) (was|were) (doused|burnt|burned|"
            + "set alight|set ablaze|set on fire)");
    /** Crowds whose destruction of property is a violent demonstration, not looting by an armed group. */
    static final Pattern CROWD = words("crowds?|angry|youths|students|residents|supporters|"
            + "demonstrators|protesters|rioters|looters|mob|workers|depositors|fans|villagers|community|cadres");
    /** "clashes between police and informal traders": the two sides named, police and an unarmed crowd. */
    static final Pattern FORCES_AND_CROWD = Pattern.compile("\\bbetween (the )?(riot )?(police|policemen|"
            + "security forces|gendarmes|soldiers|troops) and ([a-z-]+ ){0,2}(traders|vendors|sellers|hawkers|residents|"
            + "youths|students|villagers|protesters|demonstrators|workers|miners|supporters|crowds?)\\b");
    /** Political rivals whose unarmed clashes ACLED codes as riots ("opposing political groups clashed"). */
    static final Pattern POLITICAL_RIVALS = words("political|election|electoral|mayoral|"
            + "party supporters|supporters of|opponents|rival parties|campaign");
    /** Attacks aimed at property only ("attacks on properties of its members"), with no toll: property destruction. */
    static final Pattern PROPERTY_TARGET = Pattern.compile("^\\S+\\s+(on|against)\\s+(the\\s+|their\\s+|its\\s+)?"
            + "(properties|property|homes|houses|shops|businesses|stores|vehicles|buildings|offices)\\b");

    // Means: weapons, explosives, aircraft.
    static final Pattern DISRUPTED_OBJECTS = words("mines?|landmines?|ieds?|explosives?|"
            + "bombs?|devices?|drones?|missiles?|rockets?|cache|weapons|arms|ammunition|plots?|attacks?|booby|firearms?|"
            + "guns?|pistols?|rifles?|revolvers?|muskets?|carbines?|rounds|cartridges|grenades?|packages?|"
            + "arsenal|munitions|shells");
    /** Weapons named anywhere in a sentence (seized or found in the passive: "firearms were seized"). */
    static final Pattern WEAPONS = words("firearms?|guns|pistols?|rifles?|revolvers?|"
            + "ammunitions?|rounds of|cartridges|explosives|weapons|arms cache|arms depot|projectiles|landmines|ieds|"
            + "kalashnikovs|machine guns|grenades|bombs?|explosive devices?");
    /** "missile tests", "the missile programme": weapons talked about, not fired. */
    static final Pattern WEAPON_PROGRAMME = Pattern.compile("^\\S+\\s+(tests?|test-fir\\w*|programs?|"
            + "programmes?|development|launch(es|ers?)|technology|defen[cs]e|systems?|capabilit\\w*|arsenal|deals?|"
            + "sales?|purchases?|batter(y|ies)|sites?)\\b");
    static final Pattern AIRCRAFT = words("air ?force|warplanes?|jets?|aircraft|planes?|"
            + "helicopters?|drones?|aerial|airstrikes?|mig|sukhoi");
    /** Aircraft named as the attacker of an attack verb ("air forces launch attacks", "jets strike"). */
    static final Pattern AIR_ATTACKER = words("air ?forces?|jets|warplanes?|military aircraft|"
            + "military planes|fighter planes|bombers|mig(-\\d+)? (fighters|jets|aircraft)|migs|sukhois?|"
            + "fighter jets|helicopter gunships");
    static final Pattern SUICIDE = words("suicide|explosive vests?|explosive belts?|"
            + "blew (himself|herself|themselves) up|killing (himself|herself|themselves)");
    static final Pattern BASE_OBJECTS = words("base|bases|post|posts|checkpoints?|"
            + "headquarters|camp|camps|outposts?|positions?|garrison");

    // Territory and people moved: resistance, fighting, what was taken or cleared.
    static final Pattern NO_RESISTANCE = words("(no|any|little) (armed )?resistance|"
            + "without (any )?(resistance|a fight|a shot|"
            + "fighting|clashes)|unopposed|no reported violence|withdr[ae]w|withdrawal|pulled out|vacated|"
            + "handed (over )?control|abandoned");
    /** "moved into the area and occupied a building": entering and occupying, which by themselves tell of no fight. */
    static final Pattern QUIET_ENTRY = words("occup(y|ied|ies|ying)|mov(ed|es|ing|e) into");
    /** Words of fighting that rule out a transfer without resistance. */
    static final Pattern FIGHTING = words("fight\\w*|clash\\w*|battl\\w*|attack\\w*|assault\\w*|"
            + "killed|killing|dead|died|shell\\w*|bombard\\w*|heavy|fierce|exchange of fire|gunfire|offensive");
    /** "took cattle from Aliet": livestock or goods taken, not territory. */
    static final Pattern LIVESTOCK_TAKEN = Pattern.compile("^\\S+\\s+(?:(?:the|their|some|\\d+|[a-z]+ty|"
            + "hundreds of|dozens of)\\s+)?(cattle|cows|goats|sheep|camels|livestock|herds?|animals|donkeys|goods|"
            + "money|cash|valuables|property|belongings)\\b");
    /** "clear Bulagana and Gambori of Boko Haram": places cleared of an armed group (mines were caught before). */
    static final Pattern CLEARED_OF = Pattern.compile("^clear\\w*\\s+[^.;]{1,60}?\\bof\\s+(the\\s+)?"
            + "([\\w'-]+\\s+){0,3}?(militants|insurgents|rebels|fighters|jihadists|terrorists|gunmen|militia\\w*|"
            + "boko haram|al[- ]shabaa?b|islamic state|is|isis|isil|daesh|the enemy|[A-Za-z]+ elements)\\b");
    /** Many people named as the ones who fled or were expelled ("some 7,000 people", "thousands of civilians"). */
    static final Pattern DISPLACED_CROWD = Pattern.compile("\\b(thousands|hundreds|tens of thousands|"
            + "\\d{1,3}(,\\d{3})+|\\d{3,})\\b[^.;]{0,30}?\\b(people|persons|civilians|residents|villagers|families|"
            + "households|nationals|migrants|refugees|[a-z]+ians|[a-z]+ese)\\b");

    // No political violence: mishaps, ordinary crime, attacks on computers, raids that hurt no one.
    /** Deaths that no one inflicted: disasters, accidents, disease (ACLED codes none of them). */
    static final Pattern MISHAP = words("earthquakes?|tsunamis?|floods?|flooding|landslides?|"
            + "mudslides?|volcan(o|ic)|erupt(ed|ion)|storms?|cyclones?|hurricanes?|typhoons?|tornado(es)?|crash(ed|es)?|"
            + "collisions?|collided|accidents?|accidental|derail(ed|ment)|capsized?|drown(ed|ing)|stampede|collapsed?|"
            + "outbreak|epidemic|cholera|ebola|covid|leak(ed|s)?|gas cylinder|boiler|short circuit|wildfires?|"
            + "bushfires?|blaze|plant exploded|factory|tanker|fireworks|heatwave|lightning|ammonium nitrate|stored|"
            + "storage|industrial|warehouse|propane|firefighters|fire fighters|solvents?|(fuel|oil|gas|storage) tanks?|"
            + "high winds|temperatures|torrential|rains?|rainfall|state of emergency");
    /** "along Factory Road": a word before road, street or avenue names a street, not a mishap. */
    static final Pattern STREET_NAME = Pattern.compile("\\b[a-z]+ (road|street|avenue|lane|drive)\\b");
    static final Pattern HOSTILE = words("attack(s|ed|ers?)?|bomber|militants?|insurgents?|"
            + "terrorists?|jihadists?|rebels?|gunmen|claimed|targeted|targeting|planted|detonated");
    /** Arrests for ordinary crime (drugs, counterfeit money, theft): ACLED codes politically significant arrests only. */
    static final Pattern ORDINARY_CRIME = words("drugs?|narcotics|cocaine|heroin|cannabis|"
            + "counterfeit|fake (currency|notes|money)|robber(y|ies)|theft|thieves|thief|stolen|burglar\\w*|fraud\\w*|"
            + "smuggl\\w*|poach\\w*|brothel|gambling|cyber ?crime|embezzl\\w*|bribe\\w*");
    /** Attacks on computers, not people. */
    static final Pattern ONLINE = words("websites?|cyber\\w*|ddos|malware|ransomware|"
            + "computer systems?|email accounts?");
    /** Hurt, shooting or fighting named in a sentence. */
    static final Pattern HARM = words("injur\\w*|wound\\w*|hurt|beat\\w*|shot|shoot\\w*|fir(ed|ing) "
            + "(on|at)|gunfire|clash\\w*|fight\\w*|exchange of fire|tear gas|rubber bullets|casualt\\w*|dead|died");

    private SubEventCues() {
    }

    /** Whole words: {@code alternation} (a regex, its groups balanced) between word boundaries. */
    static Pattern words(String alternation) {
        return Pattern.compile("\\b(" + alternation + ")\\b");
    }

    /** A sentence that tells of a withdrawal or of no resistance, and of no fighting ("following the withdrawal of"). */
    static boolean toldWithoutResistance(String sentenceLower) {
        return NO_RESISTANCE.matcher(sentenceLower).find() && !FIGHTING.matcher(sentenceLower).find();
    }

    /** Whether a sentence tells of fighting. */
    static boolean toldFighting(String sentenceLower) {
        return FIGHTING.matcher(sentenceLower).find();
    }

    /** Whether armed people or places are named in this text (the part of a sentence after a trigger). */
    static boolean namesArmedTarget(String afterTrigger) {
        return MILITARY_TARGETS.matcher(afterTrigger).find();
    }

    /** Whether the words of a sentence name attacking aircraft ("air force", "MiG fighters", "warplanes"). */
    static boolean namesAircraftAttacker(List<Token> tokens) {
        StringBuilder words = new StringBuilder();
        tokens.forEach(t -> words.append(t.word().toLowerCase(Locale.ROOT)).append(' '));
        return AIR_ATTACKER.matcher(words).find();
    }

    /** "the air force launched nine offensives": an offensive whose sentence names aircraft before it. */
    static boolean airOffensive(String sentenceLower, String afterTrigger) {
        return afterTrigger.startsWith("offensive") && AIR_ATTACKER.matcher(before(sentenceLower, afterTrigger)).find();
    }

    /**
     * "A soldier was shot dead by troops": the victim of a passive trigger is armed. {@code afterTrigger} is the
     * sentence from the trigger on; the rest before it must end in a passive and name armed people first.
     */
    static boolean armedPassiveSubject(String sentence, String afterTrigger) {
        String before = before(sentence, afterTrigger);
        return PASSIVE_TAIL.matcher(before).find() && ARMED_PERSON.matcher(before).find()
                && !OFF_DUTY.matcher(sentence).find();
    }

    /** Weapons right after the verb ("seized nine pistols in Kaduna"), or anywhere when no place was taken. */
    static boolean weaponsTaken(String sentence, String afterTrigger, boolean objectIsPlace) {
        String near = afterTrigger.substring(0, Math.min(afterTrigger.length(), 60));
        return WEAPONS.matcher(near).find() || !objectIsPlace
                && (DISRUPTED_OBJECTS.matcher(afterTrigger).find() || WEAPONS.matcher(sentence).find());
    }

    /**
     * Mishap words ("along Factory Road" named a street, not a mishap) in a sentence; with a perpetrator named, only
     * when no word of hostility is there too.
     */
    static boolean mishap(String s, boolean perpetratorNamed) {
        String words = STREET_NAME.matcher(s).replaceAll(" ");
        return MISHAP.matcher(words).find() && (!perpetratorNamed || !HOSTILE.matcher(words).find());
    }

    /** The sentence before its part from the trigger on. */
    private static String before(String sentence, String afterTrigger) {
        return sentence.substring(0, Math.max(0, sentence.length() - afterTrigger.length()));
    }
}
