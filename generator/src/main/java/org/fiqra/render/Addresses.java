package org.fiqra.render;

/** The site addresses of the contract, relative to the site root. The one place that spells them. */
public final class Addresses {
    private Addresses() {
    }

    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";
    /** The search page; its index is the folder {@link #SEARCH_INDEX} of the same tree. */
    public static final String SEARCH = "search.html";
    public static final String SEARCH_INDEX = "search/";

    public static String document(String slug) {
        return slug + ".html";
    }

    public static String clause(String slug, String clauseId) {
        return slug + "/" + clauseId + ".html";
    }

    /** The Arabic and English texts of a document side by side. */
    public static String parallel(String slug) {
        return slug + "/parallel.html";
    }

    public static final String CITED_INDEX = "cited/index.html";

    /** The citator page of an instrument: {@code cited/a-res-70-1.html}. */
    public static String cited(String key) {
        return "cited/" + org.fiqra.text.Slug.of(key) + ".html";
    }

    public static final String TOPICS_INDEX = "topics/index.html";
    public static final String VERBS_INDEX = "verbs/index.html";

    public static String topic(String id) {
        return "topics/" + id + ".html";
    }

    public static String verb(String id) {
        return "verbs/" + id + ".html";
    }

    public static String body(String code) {
        return "bodies/" + org.fiqra.text.Slug.of(code) + ".html";
    }

    public static String year(int year) {
        return "years/" + year + ".html";
    }

    /** The prefix that leads from a page at {@code path} back to the site root ({@code ""}, {@code "../"}). */
    public static String root(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
