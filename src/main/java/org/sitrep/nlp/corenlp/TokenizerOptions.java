package org.sitrep.nlp.corenlp;

/** The tokenizer options shared by the pipeline and the fix-up mapping, so both split names the same way. */
final class TokenizerOptions {
    /** Hyphens split tokens ("ez - Zor"), as CoreNLP English always does; brackets and quotes are not rewritten. */
    static final String OPTIONS = "splitHyphenated=true,invertible=true,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,ptb3Escaping=false,untokenizable=noneKeep";

    private TokenizerOptions() {
    }
}
