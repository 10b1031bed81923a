package org.fiqra.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ViewWrapper} reads every record of {@link Views} as FreeMarker's own wrapper does: each property
 * gives the same value, of the same template type, and a name that is no property gives nothing. (That the
 * whole site is the same, byte for byte, was checked on a 300-document corpus with {@code diff -r}.)
 */
class ViewWrapperTest {
    private final ObjectWrapper stock = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build();
    private final ViewWrapper views = new ViewWrapper();

    @Test
    void everyPropertyOfEveryViewReadsAsWithTheStockWrapper() throws Exception {
        int records = 0;
        int properties = 0;
        for (Class<?> type : Views.class.getDeclaredClasses()) {
            if (!type.isRecord()) continue;
            records++;
            Object record = sample(type);
            TemplateHashModel ours = (TemplateHashModel) views.wrap(record);
            TemplateHashModel theirs = (TemplateHashModel) stock.wrap(record);
            for (RecordComponent c : type.getRecordComponents()) {
                TemplateModel a = ours.get(c.getName());
                TemplateModel b = theirs.get(c.getName());
                String what = type.getSimpleName() + "." + c.getName();
                if (b == null) {
                    assertNull(a, what);
                    continue;
                }
                Object value = DeepUnwrap.unwrap(b);
                assertEquals(value, DeepUnwrap.unwrap(a), what);
                if (value instanceof Record) {
                    // a nested record is read by its properties; printing it whole is no use to a template
                    assertEquals(List.of("TemplateHashModel"), kind(a), what);
                } else {
                    assertEquals(kind(b), kind(a), what);
                }
                properties++;
            }
            assertNull(ours.get("noSuchProperty"), type.getSimpleName());
            assertNull(theirs.get("noSuchProperty"), type.getSimpleName());
        }
        assertTrue(records >= 30 && properties >= 100, records + " records, " + properties + " properties");
    }

    @Test
    void valuesAndModelsWrapAsWithTheStockWrapper() throws Exception {
        // the values ViewWrapper wraps by class identity, before asking what interfaces an object has
        Object[] values = {true, false, 0, 42, -7, freemarker.template.TemplateBooleanModel.TRUE,
                freemarker.template.TemplateBooleanModel.FALSE, new freemarker.template.SimpleScalar("نص"), 4L, 2.5};
        for (Object v : values) {
            TemplateModel ours = views.wrap(v);
            TemplateModel theirs = stock.wrap(v);
            assertEquals(theirs.getClass(), ours.getClass(), String.valueOf(v));
            assertEquals(DeepUnwrap.unwrap(theirs), DeepUnwrap.unwrap(ours), String.valueOf(v));
            if (v instanceof TemplateModel) assertTrue(ours == v, "a template model is its own wrapper: " + v);
        }
    }

    /** The FreeMarker model interfaces a value implements: what a template can do with it. */
    private static List<String> kind(TemplateModel m) {
        return java.util.Arrays.stream(new Class<?>[] {freemarker.template.TemplateScalarModel.class,
                freemarker.template.TemplateNumberModel.class, freemarker.template.TemplateBooleanModel.class,
                freemarker.template.TemplateSequenceModel.class, freemarker.template.TemplateCollectionModel.class,
                TemplateHashModel.class}).filter(i -> i.isInstance(m)).map(Class::getSimpleName).toList();
    }

    /** A record of {@code type} with a value of each component's type: text, numbers, true, lists of two, nested records. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            types[i] = t;
            String name = components[i].getName();
            if (t == String.class) args[i] = "«" + name + "» <b>&</b>";
            else if (t == int.class) args[i] = name.length();
            else if (t == boolean.class) args[i] = true;
            else if (t == List.class) args[i] = List.of(name, name + "2");
            else if (t.isRecord()) args[i] = sample(t);
            else args[i] = null;
        }
        return type.getDeclaredConstructor(types).newInstance(args);
    }
}
