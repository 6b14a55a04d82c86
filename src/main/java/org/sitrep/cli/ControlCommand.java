package org.sitrep.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.PlaceControl;
import org.sitrep.store.TerritorialControl;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep control}: who holds which place on a date, from the store's territory-change events. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = {"Who holds each place on a date, from the stored territory-change events (TSV on standard output:",
                "location, country, latitude, longitude, holder, since, taken_from, event_id). With --timeline, every",
                "change per place up to that date."})
public final class ControlCommand implements Callable<Integer> {
    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The date (default: today).")
    LocalDate at;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Longitude/latitude box in degrees.")
    String bbox;

    @Option(names = "--timeline", description = "Print every change per place, not only the holder on the date.")
    boolean timeline;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        Optional<BoundingBox> box;
        try {
            box = Optional.ofNullable(bbox).map(BoundingBox::parse);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        LocalDate date = at != null ? at : LocalDate.now();
        PrintStream out = System.out;
        out.println("location\tcountry\tlatitude\tlongitude\tholder\tsince\ttaken_from\tevent_id");
        try (JdbcEventStore events = store.open(run.dataDir())) {
            if (timeline) {
                for (Map.Entry<String, List<PlaceControl>> e : TerritorialControl.timelines(events, date, box).entrySet()) {
                    e.getValue().forEach(c -> out.println(row(c)));
                }
            } else {
                TerritorialControl.at(events, date, box).forEach(c -> out.println(row(c)));
            }
        }
        out.flush();
        return 0;
    }

    private static String row(PlaceControl c) {
        return String.join("\t", c.location(), c.country(), String.format(Locale.ROOT, "%.4f", c.latitude()),
                String.format(Locale.ROOT, "%.4f", c.longitude()), c.holder(), c.since().toString(),
                c.previous().orElse(""), c.eventId());
    }
}
