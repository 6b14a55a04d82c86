package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.Countries;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.ResolvedPlace;

/** The geo stage: recognises toponyms in an annotated text and resolves them against a gazetteer. Thread-safe. */
public final class GeoStage {
    /** Confidence factor of a place read inside an organisation's name. */
    private static final double ORGANISATION_PLACE_WEIGHT = 0.5;
    private final PlaceRecognizer recognizer;
    private final ToponymResolver resolver;
    private final Optional<DemonymPlaces> demonymPlaces;
    private final SourceHomes sourceHomes;

    public GeoStage(PlaceRecognizer recognizer, ToponymResolver resolver) {
        this(recognizer, resolver, Optional.empty(), SourceHomes.none());
    }

    private GeoStage(PlaceRecognizer recognizer, ToponymResolver resolver, Optional<DemonymPlaces> demonymPlaces,
                     SourceHomes sourceHomes) {
        this.recognizer = recognizer;
        this.resolver = resolver;
        this.demonymPlaces = demonymPlaces;
        this.sourceHomes = sourceHomes;
    }

    /**
     * This stage reading reports of the sources in {@code homes} with their home region in mind (the report's
     * source is the host of its URL, {@link SourceHomes#sourceOf}).
     */
    public GeoStage withSourceHomes(SourceHomes homes) {
        return new GeoStage(recognizer, resolver, demonymPlaces, homes);
    }

    /**
     * A stage on {@code gazetteer} with the project's demonym, common-word, country-name and actor tables (actors'
     * home countries are document context). Demonyms add
     * document context only: an event is never placed in "Syria" because "Syrian" forces took part.
     */
    public static GeoStage create(Gazetteer gazetteer) {
        return create(gazetteer, false);
    }

    /**
     * As {@link #create(Gazetteer)}; with {@code demonymPlaces} a demonym is also a place of its country (rule
     * "demonym"), as the geoparsing corpora LGL and TR-News annotate them.
     */
    public static GeoStage create(Gazetteer gazetteer, boolean demonymPlaces) {
        Demonyms demonyms = Demonyms.standard();
        return new GeoStage(PlaceRecognizer.create(gazetteer, demonyms),
                new ToponymResolver(gazetteer, demonyms, CountryNames.standard(), Optional.of(new ActorCountries(
                        ActorDictionary.load(Countries.load())))),
                demonymPlaces ? Optional.of(new DemonymPlaces(gazetteer, demonyms)) : Optional.empty(),
                SourceHomes.none());
    }

    /**
     * Resolved places in text order; toponyms that cannot be resolved are left out, the others stay. A text with no
     * resolved place gets the places inside its organisation names, with rule prefix "in-organisation-name+" and
     * {@value #ORGANISATION_PLACE_WEIGHT} of the confidence.
     */
    public List<ResolvedPlace> resolve(AnnotatedText text) {
        Optional<SourceHomes.Home> home = sourceHomes.homeOf(SourceHomes.sourceOf(text.document().url()));
        List<ResolvedPlace> places = resolver.resolve(text, recognizer.recognize(text), home);
        if (places.isEmpty()) {
            places = resolver.resolve(text, recognizer.inOrganisationNames(text), home).stream()
                    .map(r -> new ResolvedPlace(r.span(), r.text(), r.place(),
                            r.confidence() * ORGANISATION_PLACE_WEIGHT, "in-organisation-name+" + r.rule()))
                    .toList();
        }
        if (demonymPlaces.isEmpty()) {
            return places;
        }
        List<ResolvedPlace> all = new ArrayList<>(places);
        all.addAll(demonymPlaces.get().find(text, places));
        all.sort(Comparator.comparingInt(r -> r.span().start()));
        return List.copyOf(all);
    }
}
