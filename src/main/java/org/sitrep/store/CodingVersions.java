package org.sitrep.store;

import java.util.Objects;

/**
 * The versions that coded a report, stored with every event for provenance.
 *
 * @param pipeline     Sitrep's version ("sitrep 0.1.0")
 * @param dictionaries a digest of the bundled actor, trigger and country tables
 * @param gazetteer    a digest of the gazetteer index files, or "none"
 */
public record CodingVersions(String pipeline, String dictionaries, String gazetteer) {
    public CodingVersions {
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(dictionaries);
        Objects.requireNonNull(gazetteer);
    }
}
