package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/**
 * Test support for rule tests on one-line reports written for them: codes each report with the shared real
 * pipeline ({@link PipelineFixture}: CoreNLP and the mini gazetteer) as published on the date the test class gives.
 */
@ExtendWith(PipelineFixture.class)
abstract class OneLineReports {
    private final PipelineFixture.Loaded fixture;
    private final LocalDate published;

    OneLineReports(PipelineFixture.Loaded fixture, LocalDate published) {
        this.fixture = fixture;
        this.published = published;
    }

    /** Everything coded from {@code text}. */
    final Extraction extract(String text) {
        return fixture.extract(text, published);
    }

    /** The first event coded from {@code text}; fails the test when none is. */
    final Event main(String text) {
        Extraction x = extract(text);
        assertTrue(!x.events().isEmpty(), () -> "no event for: " + text);
        return x.events().get(0);
    }
}
