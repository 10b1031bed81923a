package org.fiqra.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.fiqra.diag.FiqraException;
import org.fiqra.text.PageText;

/**
 * The FreeMarker side: one {@link Configuration} (templates compiled once, HTML output format,
 * auto-escaping), one call per page. Template errors come out as {@link FiqraException}s that name
 * the template file, line and column, not as stack traces.
 */
public final class SiteRenderer {
    private final Configuration cfg;
    private final Path templates;
    private final ViewWrapper wrapper = new ViewWrapper();
    /** By identity: a {@link Messages} record's hash code would hash all its texts at every page. */
    private final Map<Messages, TemplateHashModel> messages =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

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
        cfg.setObjectWrapper(wrapper);
    }

    /**
     * Renders one page; {@code model} holds {@code page}, {@code msg} and the page kind's own view. The text
     * returned lies in the buffer this thread renders into: it is to be read before the thread renders again.
     */
    public PageText render(PageKind kind, Views.Page page, Messages msg, String name, Object view) {
        try {
            TemplateModel pageModel = wrapper.wrap(page);
            TemplateModel viewModel = wrapper.wrap(view);
            TemplateModel msgModel = messages.computeIfAbsent(msg, this::wrapped);
            TemplateHashModel model = new TemplateHashModel() {
                @Override
                public TemplateModel get(String key) {
                    return key.equals(name) ? viewModel : key.equals("page") ? pageModel : key.equals("msg") ? msgModel : null;
                }

                @Override
                public boolean isEmpty() {
                    return false;
                }
            };
            Template t = cfg.getTemplate(kind.template());
            PageWriter out = PAGE.get();
            out.length = 0;
            t.process(model, out);
            PageText html = PageText.of(out.chars, out.length);
            if (out.chars.length > KEPT) PAGE.remove(); // a huge page's buffer is not kept
            return html;
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

    /**
     * Where a thread renders its pages: one buffer of characters, kept from page to page. A fresh
     * {@code StringWriter} per page was a synchronised buffer that started in Latin-1, was widened at the first
     * Arabic letter and then grew by copying; those copies were a fifth of the time spent in templates. A
     * {@code StringBuilder} kept instead copied the templates' markup into itself a character at a time, by
     * {@code charAt}, where {@link String#getChars} copies it whole.
     */
    private static final ThreadLocal<PageWriter> PAGE = ThreadLocal.withInitial(PageWriter::new);

    /** The size (in characters) above which a thread's buffer is dropped after its page rather than kept. */
    private static final int KEPT = 1 << 20;

    private static final class PageWriter extends Writer {
        char[] chars = new char[64 * 1024];
        int length;

        private void room(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
            }
        }

        @Override
        public void write(String s) {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int off, int len) {
            room(len);
            s.getChars(off, off + len, chars, length);
            length += len;
        }

        @Override
        public void write(char[] c, int off, int len) {
            room(len);
            System.arraycopy(c, off, chars, length, len);
            length += len;
        }

        @Override
        public void write(int c) {
            room(1);
            chars[length++] = (char) c;
        }

        @Override
        public Writer append(CharSequence s) {
            write(String.valueOf(s));
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * The messages of a language as a hash of their wrapped texts, made once: templates read some 30 of
     * them per page, and a map handed to FreeMarker would be wrapped again at each of those reads.
     */
    private TemplateHashModel wrapped(Messages msg) {
        Map<String, TemplateModel> texts = new HashMap<>();
        try {
            for (Map.Entry<String, String> e : msg.texts().entrySet()) texts.put(e.getKey(), wrapper.wrap(e.getValue()));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) {
                return texts.get(key);
            }

            @Override
            public boolean isEmpty() {
                return texts.isEmpty();
            }
        };
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
