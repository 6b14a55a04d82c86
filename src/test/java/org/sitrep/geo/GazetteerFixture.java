package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sitrep.geo.geonames.LuceneGazetteer;
import org.sitrep.model.EntityMention;
import org.sitrep.model.ResolvedPlace;

/**
 * Test support, registered as a test class's {@code static final} {@code @RegisterExtension} field: a gazetteer
 * built into a Lucene index in a fresh temporary folder before the class's first test (from hand-written GeoNames
 * rows, or the mini GeoNames fixture) and closed and deleted after its last; the geo stage and the place recogniser
 * on it are made on first use. One instance serves one test class; tests of a class run one at a time.
 */
public final class GazetteerFixture implements BeforeAllCallback, AfterAllCallback {
    private final List<String> rows;
    private final String admin1Codes;
    private Path dir;
    private LuceneGazetteer gazetteer;
    private GeoStage stage;
    private PlaceRecognizer recognizer;

    private GazetteerFixture(List<String> rows, String admin1Codes) {
        this.rows = rows;
        this.admin1Codes = admin1Codes;
    }

    /** A gazetteer of hand-written dump rows and admin1CodesASCII lines, as {@link MiniGazetteer#fromRows} builds. */
    public static GazetteerFixture ofRows(List<String> rows, String admin1Codes) {
        return new GazetteerFixture(List.copyOf(rows), admin1Codes);
    }

    /** The mini GeoNames fixture of the test resources ({@link MiniGazetteer#build}). */
    public static GazetteerFixture ofMiniGeoNames() {
        return new GazetteerFixture(null, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("sitrep-gazetteer-test");
        gazetteer = rows == null ? MiniGazetteer.build(dir) : MiniGazetteer.fromRows(dir, rows, admin1Codes);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        gazetteer.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public LuceneGazetteer gazetteer() {
        return gazetteer;
    }

    /** {@link GeoStage#create(Gazetteer)} on this gazetteer, made on first use. */
    public GeoStage stage() {
        if (stage == null) {
            stage = GeoStage.create(gazetteer);
        }
        return stage;
    }

    /** {@link PlaceRecognizer#create} on this gazetteer with the standard demonyms, made on first use. */
    public PlaceRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = PlaceRecognizer.create(gazetteer, Demonyms.standard());
        }
        return recognizer;
    }

    /**
     * The one place the stage resolves for the surface {@code name} in {@code text}, whose NER found each of
     * {@code locations} as a LOCATION; fails the test unless there is exactly one.
     */
    public ResolvedPlace resolved(String name, String text, String... locations) {
        return MiniGazetteer.only(stage().resolve(MiniGazetteer.withLocations(text, locations)), name);
    }

    /** The surfaces of the toponyms the recogniser finds in {@code text} with the given NER entities, in order. */
    public List<String> names(String text, EntityMention... entities) {
        return recognizer().recognize(MiniGazetteer.text(text, entities)).stream().map(Toponym::text).toList();
    }
}
