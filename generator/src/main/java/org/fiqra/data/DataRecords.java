package org.fiqra.data;

import java.util.List;

/** The records of the published JSON, as data/schema/*.schema.json describe them. Their order is the files' order. */
final class DataRecords {
    private DataRecords() {
    }

    /** data/documents.json */
    record Documents(String schema, List<DocumentEntry> documents) {
    }

    record DocumentEntry(String symbol, String slug, String title, String body, String date, String kind, int clauses,
                         boolean english, String page, String data) {
    }

    /** data/&lt;slug&gt;.json */
    record DocumentData(String schema, String symbol, String slug, String title, String body, String date, String kind,
                        String language, List<ClauseData> clauses, List<FootnoteData> footnotes, VoteData vote) {
    }

    record ClauseData(String id, String kind, int number, String marker, String text, List<ItemData> items,
                      List<Integer> footnotes, List<ReferenceData> references, List<String> topics, VerbData verb,
                      EnglishData english, String page) {
    }

    record ItemData(String id, String marker, String text, List<ItemData> items) {
    }

    record FootnoteData(int number, String text) {
    }

    record ReferenceData(String written, String kind, String target, String clause) {
    }

    record VerbData(String id, String en, String written) {
    }

    record EnglishData(String text, List<ItemData> items, String translation) {
    }

    record VoteData(int inFavour, int against, int abstaining, List<String> inFavourList, List<String> againstList,
                    List<String> abstainingList) {
    }
}
