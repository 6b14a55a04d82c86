package org.sitrep.eval.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;

/**
 * Writes per-toponym misses for analysis as tab-separated lines: {@code missed} (no prediction),
 * {@code wrong} (more than 161 km off) and {@code spurious} (a prediction on no gold toponym). Not thread-safe.
 */
public final class ErrorReport {
    /** The header line. */
    public static final String HEADER = "kind\tcorpus\tdocument\tstart\tend\ttext\tgold_lat\tgold_lon\terror_km"
            + "\tpredicted\tfeature_code\tcountry\tadmin1\tpred_lat\tpred_lon\trule\tconfidence\tcontext";

    private final Writer out;

    public ErrorReport(Writer out) {
        this.out = out;
        write(HEADER);
    }

    /** Lines for the misses, wrong resolutions and spurious places of one document. */
    public void add(String corpus, GoldDocument doc, DocumentScore score) {
        for (ToponymOutcome o : score.outcomes()) {
            if (o.accurate()) {
                continue;
            }
            GoldToponym g = o.gold();
            String kind = o.found() ? "wrong" : "missed";
            String prediction = o.predicted().map(ErrorReport::prediction).orElse("\t\t\t\t\t\t\t");
            write(String.join("\t", kind, corpus, doc.id(), Integer.toString(g.span().start()),
                    Integer.toString(g.span().end()), clean(g.phrase()), fmt(g.latitude()), fmt(g.longitude()),
                    o.found() ? String.format(Locale.ROOT, "%.0f", o.errorKm()) : "", prediction,
                    context(doc.text(), g.span().start(), g.span().end())));
        }
        for (ResolvedPlace p : score.spurious()) {
            write(String.join("\t", "spurious", corpus, doc.id(), Integer.toString(p.span().start()),
                    Integer.toString(p.span().end()), clean(p.text()), "", "", "", prediction(p),
                    context(doc.text(), p.span().start(), p.span().end())));
        }
    }

    private static String prediction(ResolvedPlace r) {
        Place p = r.place();
        return String.join("\t", clean(p.name()), p.featureCode(), p.countryCode(), clean(p.admin1().orElse("")),
                fmt(p.latitude()), fmt(p.longitude()), r.rule(), String.format(Locale.ROOT, "%.2f", r.confidence()));
    }

    private static String context(String text, int cpStart, int cpEnd) {
        int length = text.codePointCount(0, text.length());
        int from = text.offsetByCodePoints(0, Math.max(0, cpStart - 50));
        int to = text.offsetByCodePoints(0, Math.min(length, cpEnd + 50));
        return clean(text.substring(from, to));
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
