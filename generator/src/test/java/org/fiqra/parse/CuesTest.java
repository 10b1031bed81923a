package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The parser's cues and the glossary the verb index uses say the same about how paragraphs open. */
class CuesTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(String part) throws IOException {
        Map<String, Object> glossary = new Yaml().load(Files.readString(Seeds.content().resolve("glossary.yml")));
        return (List<Map<String, Object>>) glossary.get(part);
    }

    /** The first words of a part's Arabic forms in the glossary that the parser's cue does not hold. */
    private static TreeSet<String> unknown(String part, java.util.function.Predicate<String> cue) throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (Map<String, Object> e : entries(part)) {
            for (Object form : (List<?>) e.get("ar")) {
                String first = form.toString().split("\\s+")[0];
                if (!cue.test(Cues.key(first))) missing.add(first);
            }
        }
        return missing;
    }

    @Test
    void everyOperativeVerbOfTheGlossaryIsAnOperativeCue() throws IOException {
        assertEquals(new TreeSet<>(), unknown("operative", Cues::isOperativeVerb),
                "operative verbs of glossary.yml the parser does not know");
    }

    @Test
    void everyPreambularOpenerOfTheGlossaryIsAPreambleCue() throws IOException {
        assertEquals(new TreeSet<>(), unknown("preambular", Cues::isPreambleOpener),
                "preambular openers of glossary.yml the parser does not know");
    }

    @Test
    void wordsAreComparedAsTheyRead() {
        assertEquals(Cues.key("يقرر"), Cues.key("يقــرر"), "tatweel");
        assertEquals(Cues.key("وإذ"), Cues.key("ٕواذ"), "a hamza placed before its letter");
        assertEquals(Cues.key("يقرر"), Cues.key("ﻳﻘﺮﺭ"), "presentation forms");
        assertEquals(Cues.key("يطلب"), Cues.key("یطلب"), "a Persian ya");
        assertTrue(Cues.looksLikeVerb("ينبه الدول") && Cues.looksLikeVerb("تستحث الأمانة"), "verbs the lexicon lacks");
        assertTrue(!Cues.looksLikeVerb("تقرير اللجنة") && !Cues.looksLikeVerb("تنمية القدرات")
                && !Cues.looksLikeVerb("(تابع) الدورة"), "nouns of that shape, a label in brackets");
    }
}
