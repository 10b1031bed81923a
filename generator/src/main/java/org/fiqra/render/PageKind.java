package org.fiqra.render;

/** The kinds of page Fiqra writes, each with its template. Rendered once per language. */
public enum PageKind {
    HOME("home.ftlh"),
    DOCUMENT("document.ftlh"),
    CLAUSE("clause.ftlh"),
    CITED_INDEX("cited-index.ftlh"),
    CITED("cited.ftlh"),
    TOPICS_INDEX("topics-index.ftlh"),
    TOPIC("topic.ftlh"),
    VERBS_INDEX("verbs-index.ftlh"),
    VERB("verb.ftlh"),
    LISTING("listing.ftlh"),
    PARALLEL("parallel.ftlh"),
    NOT_FOUND("not-found.ftlh"),
    SEARCH("search.ftlh");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
