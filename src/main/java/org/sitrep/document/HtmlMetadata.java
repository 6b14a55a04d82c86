package org.sitrep.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a page's title and publication date from its metadata; read before boilerplate is removed. Thread-safe. */
final class HtmlMetadata {
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[itemprop=datePublished]", "meta[name=article:published_time]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=DC.date.issued]",
            "meta[name=DC.date]", "meta[name=dc.date]", "meta[name=dcterms.created]", "meta[name=sailthru.date]",
            "meta[name=parsely-pub-date]");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:\\||-|–|—|::)\\s+([^|–—]{1,40})$");
    private static final Pattern OG_SUFFIX = Pattern.compile("\\s+\\|\\s+([^|]{1,40})$");

    private final ObjectMapper json = new ObjectMapper();
    private final DateFinder dates = new DateFinder();

    /**
     * The title: og:title, else the first h1 in the article, else the first h1 outside page headers and navigation,
     * else the page title; site-name suffixes removed. Call before furniture is removed.
     */
    Optional<String> title(Element page) {
        Optional<String> og = attr(page, "meta[property=og:title]", "content").map(t -> stripSuffix(t, OG_SUFFIX));
        if (og.isPresent()) {
            return og;
        }
        Element h1 = page.selectFirst("article h1, main h1, [itemprop=articleBody] h1, [itemprop=headline]");
        if (h1 == null) {
            h1 = page.select("h1").stream().filter(e -> e.closest("nav, header, footer, aside") == null)
                    .findFirst().orElse(null);
        }
        if (h1 != null && !TextNormaliser.spaces(h1.text()).isEmpty()) {
            return Optional.of(TextNormaliser.spaces(h1.text()));
        }
        Element title = page.selectFirst("title");
        return title == null ? Optional.empty() : nonEmpty(stripSuffix(title.text(), TITLE_SUFFIX));
    }

    /** The date from meta tags, JSON-LD datePublished, or the first time[datetime] (in the content first). */
    Optional<LocalDate> published(Element page) {
        for (String selector : DATE_META) {
            Optional<LocalDate> date = attr(page, selector, "content").flatMap(dates::parse);
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Optional<LocalDate> date = jsonLdDate(script.data());
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<LocalDate> itemprop = attr(page, "[itemprop=datePublished][datetime]", "datetime").flatMap(dates::parse);
        if (itemprop.isPresent()) {
            return itemprop;
        }
        Element time = page.selectFirst("article time[datetime], main time[datetime], time[datetime]");
        return time == null ? Optional.empty() : dates.parse(time.attr("datetime"));
    }

    private Optional<LocalDate> jsonLdDate(String data) {
        try {
            JsonNode root = json.readTree(data);
            JsonNode found = root == null ? null : root.findValue("datePublished");
            return found != null && found.isTextual() ? dates.parse(found.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String stripSuffix(String title, Pattern suffix) {
        String clean = TextNormaliser.spaces(title);
        var m = suffix.matcher(clean);
        if (m.find() && m.group(1).strip().split("\\s+").length <= 4) {
            String rest = clean.substring(0, m.start()).strip();
            if (rest.split("\\s+").length >= 3) {
                return rest;
            }
        }
        return clean;
    }

    private static Optional<String> attr(Element page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? Optional.empty() : nonEmpty(e.attr(attribute));
    }

    private static Optional<String> nonEmpty(String value) {
        String v = TextNormaliser.spaces(value);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
