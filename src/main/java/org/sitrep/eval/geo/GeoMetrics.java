package org.sitrep.eval.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The field's geoparsing metrics over a set of document scores (Gritta et al. 2018/2019):
 * recall = gold toponyms overlapped by a predicted place / gold toponyms; acc@161 = found toponyms within 161 km /
 * found; strict acc@161 = within 161 km / all gold; median error (km) over found; AUC = mean over found of
 * ln(1 + error km) / ln(20039) (lower is better); precision = predicted places overlapping a gold toponym /
 * predicted places (extra information: the corpora do not annotate every place). The wrong readings (found, more
 * than 161 km off) are also counted by the level of the predicted entry: countries, first-order regions, continents,
 * other (where a gold convention for the point of a large entity matters most).
 */
public record GeoMetrics(String corpus, int documents, int failedDocuments, int gold, int found, int accurate,
                         int predicted, int spurious, double medianKm, double auc, WrongByLevel wrong) {
    /** Wrong readings by the predicted entry's level. */
    public record WrongByLevel(int countries, int regions, int continents, int other) {
        static WrongByLevel of(List<ToponymOutcome> wrong) {
            int[] n = new int[4];
            for (ToponymOutcome o : wrong) {
                org.sitrep.model.Place p = o.predicted().orElseThrow().place();
                n[p.isCountry() ? 0 : p.isAdmin1() ? 1 : "CONT".equals(p.featureCode()) ? 2 : 3]++;
            }
            return new WrongByLevel(n[0], n[1], n[2], n[3]);
        }
    }

    /** Half the Earth's circumference in km: the largest possible error. */
    public static final double MAX_ERROR_KM = 20039;

    /** The metrics of {@code scores}. */
    public static GeoMetrics of(String corpus, List<DocumentScore> scores) {
        int gold = 0;
        int accurate = 0;
        int predicted = 0;
        int spurious = 0;
        int failed = 0;
        double[] errors = scores.stream().flatMap(s -> s.outcomes().stream()).filter(ToponymOutcome::found)
                .mapToDouble(ToponymOutcome::errorKm).sorted().toArray();
        for (DocumentScore s : scores) {
            gold += s.outcomes().size();
            accurate += (int) s.outcomes().stream().filter(ToponymOutcome::accurate).count();
            predicted += s.predictedCount();
            spurious += s.spurious().size();
            failed += s.failed().isPresent() ? 1 : 0;
        }
        double auc = Arrays.stream(errors).map(e -> Math.log(1 + e) / Math.log(MAX_ERROR_KM)).average()
                .orElse(Double.NaN);
        List<ToponymOutcome> wrong = scores.stream().flatMap(s -> s.outcomes().stream())
                .filter(o -> o.found() && !o.accurate()).toList();
        return new GeoMetrics(corpus, scores.size(), failed, gold, errors.length, accurate, predicted, spurious,
                median(errors), auc, WrongByLevel.of(wrong));
    }

    public double recall() {
        return ratio(found, gold);
    }

    /** acc@161 over found toponyms. */
    public double accuracy161() {
        return ratio(accurate, found);
    }

    /** acc@161 over all gold toponyms (a miss counts as wrong). */
    public double strictAccuracy161() {
        return ratio(accurate, gold);
    }

    public double precision() {
        return ratio(predicted - spurious, predicted);
    }

    /** A plain-text table. */
    public String table() {
        return String.format(Locale.ROOT, """
                %s: %d documents (%d failed), %d gold toponyms, %d predicted places
                  recall            %.3f  (%d/%d)
                  acc@161 (found)   %.3f  (%d/%d)
                  acc@161 (strict)  %.3f  (%d/%d)
                  median error km   %.1f
                  AUC               %.3f
                  precision         %.3f  (%d spurious)
                  wrong by level    %d countries, %d first-order regions, %d continents, %d other
                """, corpus, documents, failedDocuments, gold, predicted, recall(), found, gold, accuracy161(),
                accurate, found, strictAccuracy161(), accurate, gold, medianKm, auc, precision(), spurious,
                wrong.countries(), wrong.regions(), wrong.continents(), wrong.other());
    }

    /** One JSON object on one line. */
    public String json() {
        return String.format(Locale.ROOT, "{\"corpus\":\"%s\",\"documents\":%d,\"failed_documents\":%d,\"gold\":%d,"
                        + "\"found\":%d,\"accurate\":%d,\"predicted\":%d,\"spurious\":%d,\"recall\":%s,"
                        + "\"acc161\":%s,\"strict_acc161\":%s,\"median_km\":%s,\"auc\":%s,\"precision\":%s,"
                        + "\"wrong_by_level\":{\"countries\":%d,\"regions\":%d,\"continents\":%d,\"other\":%d}}",
                corpus.replace("\\", "\\\\").replace("\"", "\\\""), documents, failedDocuments, gold, found, accurate,
                predicted, spurious, number(recall()), number(accuracy161()), number(strictAccuracy161()),
                number(medianKm), number(auc), number(precision()), wrong.countries(), wrong.regions(),
                wrong.continents(), wrong.other());
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "null" : String.format(Locale.ROOT, "%.4f", x);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
