package org.sitrep.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.CodePoints;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Token;

/** Groups consecutive tokens with the same NER label into entity mentions (the text is taken from the document). */
final class EntityGrouping {
    private EntityGrouping() {
    }

    static List<EntityMention> entities(List<Token> tokens, int sentence, String text, OffsetMap offsets) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String type = tokens.get(i).ner();
            if ("O".equals(type)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type.equals(tokens.get(j).ner())) {
                j++;
            }
            var span = new org.sitrep.model.Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
            out.add(new EntityMention(span, CodePoints.slice(text, span), type, sentence));
            i = j;
        }
        return out;
    }
}
