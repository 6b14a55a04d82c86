package org.sitrep.mention;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A reported death toll: the code-point span of the phrase, the phrase itself as evidence, the count by ACLED's
 * conventions (the lowest figure of a range; fixed values for vague words), and the rule that read it.
 */
public record FatalityMention(Span span, String text, long count, String rule) {
    public FatalityMention {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(rule);
        if (count < 0) {
            throw new IllegalArgumentException("negative fatality count");
        }
    }
}
