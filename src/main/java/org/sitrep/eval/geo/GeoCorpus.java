package org.sitrep.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Span;

/**
 * A geoparsing gold corpus read from the field's XML formats: LGL / TR-News ({@code <toponym>} with {@code <phrase>}
 * and {@code <gaztag><lat/><lon/>}) and GeoVirus ({@code <location>} with {@code <name>}, {@code <lat>},
 * {@code <lon>}). Corpus offsets count characters (code points) of {@code <text>}. Where the phrase is not at the
 * given offsets (GeoVirus is shifted by one, some TR-News spans by a few characters) the span is moved to the
 * nearest occurrence of the phrase within {@value #ALIGN_WINDOW} characters and counted as realigned.
 *
 * @param realigned           gold spans moved to where their phrase is
 * @param unaligned           gold spans whose phrase was not found near its offsets (kept as given)
 * @param withoutCoordinates  gold toponyms with no coordinates (not scored)
 */
public record GeoCorpus(String name, List<GoldDocument> documents, int realigned, int unaligned,
                        int withoutCoordinates) {
    static final int ALIGN_WINDOW = 40;

    public GeoCorpus {
        documents = List.copyOf(documents);
    }

    /** Total gold toponyms with coordinates. */
    public int toponymCount() {
        return documents.stream().mapToInt(d -> d.toponyms().size()).sum();
    }

    /** The first {@code n} documents. */
    public GeoCorpus limit(int n) {
        return n >= documents.size() ? this
                : new GeoCorpus(name, documents.subList(0, n), realigned, unaligned, withoutCoordinates);
    }

    /** Reads {@code file}; IllegalArgumentException with a one-line reason when it is not a corpus of these formats. */
    public static GeoCorpus read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return new Parser(file.getFileName().toString()).parse(factory.createXMLStreamReader(in, "UTF-8"));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not well-formed XML in " + file + ": " + e.getMessage());
        }
    }

    /** One pass over the XML; collects raw fields per article and toponym. */
    private static final class Parser {
        private final String name;
        private final List<GoldDocument> documents = new ArrayList<>();
        private int realigned;
        private int unaligned;
        private int withoutCoordinates;
        private int articles;

        Parser(String name) {
            this.name = name;
        }

        GeoCorpus parse(XMLStreamReader xml) throws XMLStreamException {
            String docId = null;
            String text = null;
            String url = null;
            String domain = null;
            List<Map<String, String>> toponyms = new ArrayList<>();
            Map<String, String> toponym = null;
            StringBuilder chars = new StringBuilder();
            boolean sawArticle = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = xml.getLocalName();
                    chars.setLength(0);
                    switch (tag) {
                        case "article" -> {
                            sawArticle = true;
                            docId = xml.getAttributeValue(null, "docid");
                            text = null;
                            url = null;
                            domain = null;
                            toponyms = new ArrayList<>();
                        }
                        case "toponym", "location" -> toponym = new HashMap<>();
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    chars.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String tag = xml.getLocalName();
                    switch (tag) {
                        case "text" -> text = chars.toString();
                        case "url" -> url = toponym == null ? chars.toString().strip() : url;
                        case "domain" -> domain = toponym == null ? chars.toString().strip() : domain;
                        case "source" -> docId = docId == null ? chars.toString().strip() : docId;
                        case "start", "end", "phrase", "lat", "lon" -> put(toponym, tag, chars);
                        case "name" -> {
                            if (toponym != null && !toponym.containsKey("gaz")) {
                                put(toponym, "phrase-or-name", chars);
                            }
                        }
                        case "gaztag" -> {
                            if (toponym != null) {
                                toponym.put("gaz", "yes");
                            }
                        }
                        case "toponym", "location" -> {
                            if (toponym != null) {
                                toponyms.add(toponym);
                            }
                            toponym = null;
                        }
                        case "article" -> {
                            articles++;
                            String id = docId == null || docId.isBlank() ? Integer.toString(articles) : docId;
                            documents.add(document(id, text == null ? "" : text, toponyms,
                                    articleUrl(url, domain)));
                        }
                        default -> { }
                    }
                    chars.setLength(0);
                }
            }
            if (!sawArticle) {
                throw new IllegalArgumentException(name + " has no <article> elements (expected LGL, TR-News or "
                        + "GeoVirus XML)");
            }
            return new GeoCorpus(name, documents, realigned, unaligned, withoutCoordinates);
        }

        private static void put(Map<String, String> toponym, String key, StringBuilder chars) {
            if (toponym != null) {
                toponym.put(key, chars.toString().strip());
            }
        }

        /** The article's URL, else its domain as a URL, else none. */
        private static Optional<String> articleUrl(String url, String domain) {
            if (url != null && !url.isBlank()) {
                return Optional.of(url);
            }
            return domain == null || domain.isBlank() ? Optional.empty() : Optional.of("http://" + domain + "/");
        }

        private GoldDocument document(String id, String text, List<Map<String, String>> raw, Optional<String> url) {
            List<GoldToponym> gold = new ArrayList<>();
            List<Span> unscored = new ArrayList<>();
            int length = text.codePointCount(0, text.length());
            for (Map<String, String> t : raw) {
                String phrase = t.getOrDefault("phrase", t.getOrDefault("phrase-or-name", ""));
                int start;
                int end;
                try {
                    start = Integer.parseInt(t.getOrDefault("start", ""));
                    end = Integer.parseInt(t.getOrDefault("end", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ", article " + id + ": toponym '" + phrase
                            + "' without numeric start/end");
                }
                Span span = align(text, length, start, end, phrase);
                String lat = t.get("lat");
                String lon = t.get("lon");
                if (lat == null || lon == null || lat.isEmpty() || lon.isEmpty()) {
                    withoutCoordinates++;
                    unscored.add(span);
                    continue;
                }
                gold.add(new GoldToponym(span, phrase, Double.parseDouble(lat), Double.parseDouble(lon)));
            }
            return new GoldDocument(id, text, gold, unscored, url);
        }

        /** The span of {@code phrase} at [start, end) or, failing that, at its nearest occurrence in the window. */
        private Span align(String text, int length, int start, int end, String phrase) {
            int s = Math.clamp(start, 0, length);
            int e = Math.clamp(end, s, length);
            if (phrase.isEmpty() || phraseAt(text, length, s, phrase)) {
                return new Span(s, e);
            }
            int phraseLength = phrase.codePointCount(0, phrase.length());
            for (int d = 1; d <= ALIGN_WINDOW; d++) {
                for (int candidate : new int[] {start - d, start + d}) {
                    if (candidate >= 0 && phraseAt(text, length, candidate, phrase)) {
                        realigned++;
                        return new Span(candidate, candidate + phraseLength);
                    }
                }
            }
            unaligned++;
            return new Span(s, e);
        }

        private static boolean phraseAt(String text, int length, int cpStart, String phrase) {
            int phraseLength = phrase.codePointCount(0, phrase.length());
            if (cpStart < 0 || cpStart + phraseLength > length) {
                return false;
            }
            return CodePoints.slice(text, new Span(cpStart, cpStart + phraseLength)).equals(phrase);
        }
    }
}
