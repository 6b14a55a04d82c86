package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Place;

/**
 * What the text between two toponyms says about them: a container ("X, Y", "X in Y", "Town (District, Province)")
 * or items of one list ("X, Y and Z"). Offsets are code points into the document text. Stateless.
 */
final class ContainerPatterns {
    private static final Pattern CONTAINER_GAP =
            Pattern.compile("^\\s*(,|\\([^(),]{0,40},?|,?\\s*in|,?\\s*inside)\\s*$");
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(,|,?\\s*(and|or|&))\\s*$");

    private ContainerPatterns() {
    }

    /** Whether the two toponyms after {@code index} follow it as items of one list: "X, Y, Z", "X, Y and Z". */
    static boolean inList(int index, List<Toponym> toponyms, String doc) {
        return index + 2 < toponyms.size() && listGap(toponyms.get(index), toponyms.get(index + 1), doc)
                && listGap(toponyms.get(index + 1), toponyms.get(index + 2), doc);
    }

    private static boolean listGap(Toponym a, Toponym b, String doc) {
        return a.span().end() <= b.span().start() && LIST_GAP.matcher(gap(doc, a.span().end(), b.span().start()))
                .matches();
    }

    /** The text between code-point offsets {@code end} (of one toponym) and {@code start} (of a later one). */
    private static String gap(String doc, int end, int start) {
        return doc.substring(CodePoints.toCharIndex(doc, end), CodePoints.toCharIndex(doc, start));
    }

    /** Region keys of the toponyms that directly follow toponym {@code index} as its containers. */
    static Set<String> containers(int index, List<Toponym> toponyms, String doc,
                                  Function<Toponym, String> regionText) {
        Set<String> keys = new HashSet<>();
        int end = toponyms.get(index).span().end();
        for (int j = index + 1; j < toponyms.size(); j++) {
            Toponym next = toponyms.get(j);
            if (next.span().start() < end) {
                break;
            }
            if (!CONTAINER_GAP.matcher(gap(doc, end, next.span().start())).matches()) {
                break;
            }
            keys.add(ToponymKeys.regionKey(regionText.apply(next)));
            end = next.span().end();
        }
        return keys;
    }

    /**
     * "cc:key" of the admin1 and admin2 regions of the candidates of the toponym directly before {@code index} when
     * this one is its container ("Seattle, Washington": the Washington that holds a Seattle is the state).
     */
    static Set<String> containedRegions(int index, List<Toponym> toponyms, List<List<Place>> candidates,
                                        String doc) {
        if (index == 0) {
            return Set.of();
        }
        int end = toponyms.get(index - 1).span().end();
        int start = toponyms.get(index).span().start();
        if (start < end || !CONTAINER_GAP.matcher(gap(doc, end, start)).matches()) {
            return Set.of();
        }
        Set<String> regions = new HashSet<>();
        for (Place p : candidates.get(index - 1)) {
            p.admin1().ifPresent(a -> regions.add(HomeRegion.key(p.countryCode(), a)));
            p.admin2().ifPresent(a -> regions.add(HomeRegion.key(p.countryCode(), a)));
        }
        return regions;
    }
}
