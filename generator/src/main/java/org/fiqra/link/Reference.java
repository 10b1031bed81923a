package org.fiqra.link;

/**
 * A reference found in a text: {@code [start, end)} of the text's raw source, as written there,
 * and what it names.
 *
 * @param kind   how it is written
 * @param key    the canonical key of what is cited: a document symbol ({@code A/RES/65/1},
 *               {@code A/66/454 (Part II)}), an ILO instrument ({@code ILO-R202}), an OIC
 *               resolution ({@code OIC-CFM 4/46}), or the id of a named instrument
 * @param clause the clause of that document it names ({@code para-32}), or null for the whole
 */
public record Reference(Kind kind, int start, int end, String written, String key, String clause) {

    /** How the reference was written. */
    public enum Kind {
        /** A resolution by its number: {@code قرارها ٢٩٣/٦٤}. */
        RESOLUTION,
        /** A document symbol in Latin script: {@code A/71/119}. */
        SYMBOL,
        /** An ILO instrument by its number: {@code التوصية رقم ٢٠٢}. */
        ILO,
        /** A paragraph of the same document: {@code الفقرة ٣٢}. */
        PARAGRAPH,
        /** An instrument by its name, from instruments.yml. */
        NAME
    }
}
