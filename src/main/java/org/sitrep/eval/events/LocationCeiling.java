package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.GreatCircle;
import org.sitrep.model.Place;

/**
 * The most a geoparser reading only a note's text with this gazetteer could score on "location within 25 km": a note
 * counts when some run of one to four words of its text is a name (exact, not a loose consonant-key match) of a
 * gazetteer entry within {@link AcledScore#NEAR_KM} of ACLED's point, or of a region or country whose seat is. A
 * ceiling, not a prediction: it ignores which of a note's places is the event's, and it credits any name that
 * happens to lie near the point. Counts only; not thread-safe.
 */
public final class LocationCeiling {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final int MAX_WORDS = 4;
    private static final int CANDIDATES = 50;
    private final Gazetteer gazetteer;
    private int notes;
    private int reachable;

    public LocationCeiling(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Counts one note; true when its text names an entry within reach of ACLED's point. */
    public boolean add(String text, double latitude, double longitude) {
        notes++;
        boolean ok = reachable(text, latitude, longitude);
        reachable += ok ? 1 : 0;
        return ok;
    }

    private boolean reachable(String text, double latitude, double longitude) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
                name.append(n == 0 ? "" : " ").append(words.get(i + n));
                if (near(name.toString(), latitude, longitude)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean near(String name, double latitude, double longitude) {
        if (!gazetteer.hasExactName(name)) {
            return false;
        }
        for (Place p : gazetteer.candidates(name, CANDIDATES)) {
            Place at = gazetteer.seatOf(p).orElse(p);
            if (within(p, latitude, longitude) || within(at, latitude, longitude)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Place p, double latitude, double longitude) {
        return GreatCircle.km(p.latitude(), p.longitude(), latitude, longitude) <= AcledScore.NEAR_KM;
    }

    public int notes() {
        return notes;
    }

    public int reachable() {
        return reachable;
    }

    /** The report line: how many notes a text-only geoparser with this gazetteer could place within reach. */
    public String line() {
        return String.format(Locale.ROOT, "  location ceiling with this gazetteer: %d of %d notes (%.3f) name "
                + "an entry, or a region whose seat is, within %.0f km of ACLED's point", reachable, notes,
                notes == 0 ? 0 : (double) reachable / notes, AcledScore.NEAR_KM);
    }
}
