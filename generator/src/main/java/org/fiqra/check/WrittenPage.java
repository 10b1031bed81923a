package org.fiqra.check;

import org.jsoup.nodes.Document;

/** A page of the written site, parsed back with jsoup. {@code path} is relative to the site root, with '/'. */
public record WrittenPage(String path, Document html) {
}
