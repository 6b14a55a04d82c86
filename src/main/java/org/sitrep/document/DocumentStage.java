package org.sitrep.document;

import org.sitrep.model.Document;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Cleans a {@link RawArticle} into a {@link Document}: format-specific cleaning (GIVEN text is kept exactly), title and
 * date (the source's win over ones found in the content), language check, and an id (the article's, else the first 16
 * hex digits of the SHA-256 of the clean text). Fails with stage "document" when no text is left or the language is
 * not supported. Immutable and thread-safe.
 */
public final class DocumentStage {
    private final LanguageDetector languages;
    private final Set<String> supported;
    private final HtmlCleaner html = new HtmlCleaner();
    private final MarkdownCleaner markdown = new MarkdownCleaner();
    private final ScrapedTextCleaner scraped = new ScrapedTextCleaner();

    /** A stage accepting documents in the {@code supported} ISO 639-1 languages. */
    public DocumentStage(LanguageDetector languages, Set<String> supported) {
        this.languages = Objects.requireNonNull(languages);
        this.supported = Set.copyOf(supported);
    }

    /** A stage for English documents with the built-in language profiles (reads a resource). */
    public static DocumentStage english() {
        return new DocumentStage(LanguageDetector.withBuiltInProfiles(), Set.of("en"));
    }

    /** The clean document, or a StageFailure("document", reason). */
    public Document apply(RawArticle raw) {
        CleanedContent content = switch (raw.format()) {
            case HTML -> html.clean(raw.body());
            case MARKDOWN -> markdown.clean(raw.body());
            case TEXT -> scraped.clean(raw.body());
            case GIVEN -> new CleanedContent(raw.body(), Optional.empty(), Optional.empty());
        };
        String text = content.text();
        if (text.isBlank()) {
            throw new StageFailure("document", "no text after cleaning");
        }
        LanguageGuess language = languages.detect(text);
        if (!supported.contains(language.code())) {
            throw new StageFailure("document", "language is " + language.name() + " (" + language.code() + "); only "
                    + supportedNames() + " supported for now");
        }
        return new Document(raw.id().orElseGet(() -> contentHash(text)), raw.url(),
                raw.title().or(content::title), raw.published().or(content::published), language.code(), text);
    }

    /** The first 16 hex digits of the SHA-256 of {@code text} in UTF-8. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String supportedNames() {
        if (supported.equals(Set.of("en"))) {
            return "English is";
        }
        return String.join(", ", supported.stream().sorted().toList()) + " are";
    }
}
