package org.sitrep.nlp;

import java.util.Objects;

/**
 * One curated name the NER must label a given way, whatever its statistical model says
 * (for example "Daesh" is an ORGANIZATION, "Deir ez-Zor" a LOCATION).
 *
 * @param name the name as written in text
 * @param type the coarse NER type: ORGANIZATION, LOCATION or MISC
 */
public record NerFixup(String name, String type) {
    public NerFixup {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank NER fix-up name");
        }
    }
}
