package org.fiqra.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.fiqra.diag.FiqraException;

/**
 * The FreeMarker side: one {@link Configuration} (templates compiled once, HTML output format,
 * auto-escaping), one call per page. Template errors come out as {@link FiqraException}s that name
 * the template file, line and column, not as stack traces.
 */
public final class SiteRenderer {
    private final Configuration cfg;
    private final Path templates;

    public SiteRenderer(Path templates) {
        this.templates = templates;
        cfg = new Configuration(Configuration.VERSION_2_3_33);
        try {
            cfg.setDirectoryForTemplateLoading(templates.toFile());
        } catch (IOException e) {
            throw FiqraException.environment("cannot read the templates folder " + templates + ": " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
    }

    /** Renders one page; {@code model} holds {@code page}, {@code msg} and the page kind's own view. */
    public String render(PageKind kind, Views.Page page, Messages msg, String name, Object view) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("msg", msg.texts());
        model.put(name, view);
        try {
            Template t = cfg.getTemplate(kind.template());
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw FiqraException.content(display(e.getTemplateName()) + ":"
                    + e.getLineNumber() + ":" + e.getColumnNumber() + ": template error: " + e.getEditorMessage());
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? kind.template() : e.getTemplateSourceName();
            throw FiqraException.content(display(where) + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": template error while writing " + page.path() + ": " + firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw FiqraException.environment("cannot read the template " + kind.template() + ": " + e.getMessage(), e);
        }
    }

    /** A template as editors know it: {@code templates/document.ftlh}. */
    private String display(String name) {
        Path folder = templates.getFileName();
        return (folder == null ? "" : folder + "/") + name;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
