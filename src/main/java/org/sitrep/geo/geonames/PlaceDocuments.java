package org.sitrep.geo.geonames;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.sitrep.geo.ToponymKeys;
import org.sitrep.model.Place;

/** The Lucene document layout of one gazetteer entry: lookup keys, rank fields and the stored Place. Stateless. */
final class PlaceDocuments {
    static final String ID = "id";
    static final String KEY = "key";
    static final String LOOSE = "loose";
    static final String COUNTRY_OF = "pcl";
    static final String TIER = "tier";
    static final String WEIGHT = "weight";
    /**
     * Continents and countries, then admin1, admin2, populated places and admin regions, then the rest; by weight
     * within a tier.
     */
    static final Sort RANK = new Sort(new SortField(TIER, SortField.Type.LONG),
            new SortField(WEIGHT, SortField.Type.LONG, true));

    private PlaceDocuments() {
    }

    /** The document for {@code place}, findable under every name in {@code names}; {@code weight} orders ties. */
    static Document toDocument(Place place, Collection<String> names, long weight) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(place.geonameid()), Field.Store.YES));
        Set<String> keys = new LinkedHashSet<>();
        Set<String> looseKeys = new LinkedHashSet<>();
        for (String name : names) {
            String key = ToponymKeys.key(name);
            if (!key.isEmpty() && keys.add(key)) {
                looseKeys.add(ToponymKeys.looseKey(name));
            }
        }
        keys.forEach(k -> doc.add(new StringField(KEY, k, Field.Store.NO)));
        looseKeys.stream().filter(k -> k.length() >= 3)
                .forEach(k -> doc.add(new StringField(LOOSE, k, Field.Store.NO)));
        if (place.isCountry()) {
            doc.add(new StringField(COUNTRY_OF, place.countryCode(), Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(TIER, tier(place)));
        doc.add(new NumericDocValuesField(WEIGHT, weight));
        doc.add(new StoredField("name", place.name()));
        doc.add(new StoredField("fclass", place.featureClass()));
        doc.add(new StoredField("fcode", place.featureCode()));
        doc.add(new StoredField("cc", place.countryCode()));
        doc.add(new StoredField("country", place.country()));
        place.admin1().ifPresent(a -> doc.add(new StoredField("admin1", a)));
        place.admin2().ifPresent(a -> doc.add(new StoredField("admin2", a)));
        doc.add(new StoredField("lat", place.latitude()));
        doc.add(new StoredField("lon", place.longitude()));
        doc.add(new StoredField("pop", place.population()));
        return doc;
    }

    /** The Place stored in {@code doc}. */
    static Place toPlace(Document doc) {
        return new Place(Long.parseLong(doc.get(ID)), doc.get("name"), doc.get("fclass"), doc.get("fcode"),
                doc.get("cc"), doc.get("country"), Optional.ofNullable(doc.get("admin1")),
                Optional.ofNullable(doc.get("admin2")), number(doc, "lat").doubleValue(),
                number(doc, "lon").doubleValue(), number(doc, "pop").longValue());
    }

    static int tier(Place place) {
        if (place.isCountry() || "CONT".equals(place.featureCode())) {
            return 0;
        }
        if (place.isAdmin1()) {
            return 1;
        }
        if (place.isAdmin2()) {
            return 2;
        }
        return place.isPopulatedPlace() || "A".equals(place.featureClass()) ? 3 : 4;
    }

    private static Number number(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue();
    }
}
