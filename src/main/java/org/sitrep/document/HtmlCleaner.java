package org.sitrep.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a news page into clean text: removes page furniture (scripts, navigation, share bars, cookie banners, related
 * links, comments), picks the main content block and writes its paragraphs and headings separated by blank lines.
 * Lenient with malformed HTML. Stateless and thread-safe.
 */
public final class HtmlCleaner {
    private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, svg, canvas, nav, header,"
            + " footer, aside, form, button, select, input, textarea, label, figure, menu, dialog, object, embed";
    private static final String FURNITURE_ROLES = "[role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=search], [role=dialog], [role=alertdialog], [aria-hidden=true], [hidden]";
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[-_])(?:share|sharing|social|cookies?"
            + "|consent|gdpr|related|most-?read|mostpopular|popular|comments?|disqus|newsletter|subscribe|subscription"
            + "|promo|advert|advertisement|ads?|adslot|banner|breadcrumbs?|menu|nav|navbar|navigation|sidebar|footer"
            + "|masthead|header|skip|trending|recommended|outbrain|taboola|paywall|tags?|byline|author|signup|login"
            + "|toolbar|widget|modal|popup|overlay)(?:$|[-_])");
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)^(?:related|most read|most popular|more (?:on|from"
            + "|stories|news)|read more|read next|you (?:may|might) also like|recommended|trending|latest news|see also"
            + "|comments?)\\b.*");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
            "address", "figcaption", "center", "body");
    private static final int MIN_ARTICLE_CHARS = 200;

    private final HtmlMetadata metadata = new HtmlMetadata();
    private final BoilerplateLines boilerplate = new BoilerplateLines();
    private final DateFinder dates = new DateFinder();

    /** The page's clean text, title and publication date. */
    public CleanedContent clean(String html) {
        Document page = Jsoup.parse(html);
        Optional<LocalDate> published = metadata.published(page);
        Optional<String> title = metadata.title(page);
        Element body = page.body();
        body.select(FURNITURE_TAGS).remove();
        body.select(FURNITURE_ROLES).remove();
        removeByName(body);
        Element content = mainContent(body);
        removeRelatedSections(content);
        removeLinkLists(content);
        List<String> paragraphs = paragraphs(content);
        if (title.isPresent() && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title.get())) {
            paragraphs.remove(0);
        }
        String text = String.join("\n\n", paragraphs);
        return new CleanedContent(text, title, published.or(() -> dates.dateline(text)));
    }

    private static void removeByName(Element body) {
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null || isStructural(e)) {
                continue;
            }
            String names = e.className() + " " + e.id();
            for (String name : names.split("\\s+")) {
                if (!name.isEmpty() && FURNITURE_NAME.matcher(name).find()) {
                    e.remove();
                    break;
                }
            }
        }
    }

    /** Elements never removed by their class or id: the page and the article containers. */
    private static boolean isStructural(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")
                || !e.select("article, main, [itemprop=articleBody]").isEmpty();
    }

    /** The article body: [itemprop=articleBody], the largest article, main, else the block holding most paragraph text. */
    private static Element mainContent(Element body) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = null;
            for (Element e : body.select(selector)) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= MIN_ARTICLE_CHARS) {
                return best;
            }
        }
        return densestBlock(body);
    }

    /** The element whose paragraph children hold the most text (parents score fully, grandparents half). */
    private static Element densestBlock(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= MIN_ARTICLE_CHARS / 2.0)
                .map(Map.Entry::getKey).orElse(body);
    }

    /** A "Related"/"Most read" heading goes with its link-heavy container, or with the lists that follow it. */
    private static void removeRelatedSections(Element content) {
        for (Element heading : content.select("h1, h2, h3, h4, h5, h6, strong, b")) {
            if (heading.parent() == null || !RELATED_HEADING.matcher(heading.text().strip()).matches()) {
                continue;
            }
            Element parent = heading.parent();
            if (parent != content && parent != null && linkDensity(parent) > 0.5) {
                parent.remove();
                continue;
            }
            Element next = heading.nextElementSibling();
            while (next != null && next.normalName().matches("ul|ol|div|p") && linkDensity(next) > 0.5) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            heading.remove();
        }
    }

    private static void removeLinkLists(Element content) {
        Elements lists = content.select("ul, ol, div, section, table");
        for (Element e : lists) {
            if (e != content && e.parent() != null && linkDensity(e) > 0.6) {
                e.remove();
            }
        }
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, linked / (double) total);
    }

    private List<String> paragraphs(Element content) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, content);
        flush(current, paragraphs);
        return paragraphs;
    }

    private void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = TextNormaliser.spaces(current.toString());
        current.setLength(0);
        if (!paragraph.isEmpty() && !boilerplate.isBoilerplate(paragraph)) {
            paragraphs.add(paragraph);
        }
    }

}
