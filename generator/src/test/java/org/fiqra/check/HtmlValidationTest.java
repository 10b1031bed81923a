package org.fiqra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.fiqra.SeedSite;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the seed site, in both languages, validates with the Nu HTML Checker: no error. */
class HtmlValidationTest {

    /** Collects the checker's errors (warnings are not failures). */
    static final class Errors implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String page = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageValidates() throws Exception {
        SeedSite seed = SeedSite.get();
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        int checked = 0;
        for (String page : seed.site.pages()) {
            errors.page = page;
            validator.checkHtmlFile(seed.output.resolve(page).toFile(), true);
            checked++;
        }
        assertEquals(List.of(), errors.errors.stream().limit(40).toList(), checked + " pages checked");
    }
}
