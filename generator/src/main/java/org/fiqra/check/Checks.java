package org.fiqra.check;

import java.util.List;

/** The checks a build runs over the site it wrote. */
public final class Checks {
    private Checks() {
    }

    public static List<HtmlCheck> standard() {
        return List.of(new UniqueIdsCheck(), new InternalLinksResolveCheck(), new LangDirDeclaredCheck(),
                new LatinRunIsolatedCheck());
    }
}
