package org.fiqra.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FreeMarker's {@link DefaultObjectWrapper}, except that the records of {@link Views} are read through
 * functions made once per record property (see {@link #propertiesOf}), not through the bean introspection every wrap of a record
 * goes through (a class-cache lookup and a reflective, access-checked call per property): at 100,000 pages
 * those were a third of the time spent in templates.
 *
 * <p>A record's properties are what {@code BeansWrapper} makes of it at {@code 2.3.33}: its public
 * zero-argument methods that return a value, by their names, and JavaBeans read methods by their property
 * names ({@code getX()}, and {@code isX()} for a {@code boolean}). Templates read records only by property;
 * a record used in any other way (called, listed by {@code ?keys}, printed) is an error in a template either way.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType APPLY = MethodType.methodType(Function.class);

    /** The properties of each record class, found on first use. */
    private static final ClassValue<Map<String, Function<Object, Object>>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            return propertiesOf(type);
        }
    };

    /** How {@link #wrap} treats the objects of a class: decided once per class. */
    private enum Kind { RECORD, LIST, MAP, OTHER }

    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            // in the stock wrapper's order: template models, arrays and other collections first, records last
            if (TemplateModel.class.isAssignableFrom(type) || type.isArray()) return Kind.OTHER;
            if (List.class.isAssignableFrom(type)) return Kind.LIST;
            if (Collection.class.isAssignableFrom(type)) return Kind.OTHER;
            if (Map.class.isAssignableFrom(type)) return Kind.MAP;
            if (Record.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())) return Kind.RECORD;
            return Kind.OTHER;
        }
    };

    ViewWrapper() {
        super(Configuration.VERSION_2_3_33);
    }

    /**
     * Wraps {@code obj} as {@link DefaultObjectWrapper#wrap} does (with adapters for containers, as from 2.3.22),
     * records as above, but decides what an object is by its class, once per class. The stock method asks each
     * object in turn whether it is a template model, a collection, a list or a map; on JDK 17 two threads asking
     * a class about different interfaces overwrite each other's one-entry cache of the answer (JDK-8180450), and
     * wrapping was a twentieth of a build's time.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) return new SimpleScalar(s);
        if (obj == null) return super.wrap(null);
        // What the stock method makes of the models and values templates meet most, by class identity: its
        // first test, `instanceof TemplateModel`, is an interface test that FreeMarker's own interface tests
        // on the same classes keep undoing (JDK-8180450).
        if (obj == TemplateBooleanModel.TRUE || obj == TemplateBooleanModel.FALSE || obj.getClass() == SimpleScalar.class) {
            return (TemplateModel) obj;
        }
        if (obj instanceof Boolean b) return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        if (obj instanceof Integer i) return new SimpleNumber(i);
        switch (KINDS.get(obj.getClass())) {
            case RECORD:
                return new RecordModel(obj, PROPERTIES.get(obj.getClass()), this);
            case LIST:
                return DefaultListAdapter.adapt((List<?>) obj, this);
            case MAP:
                return DefaultMapAdapter.adapt((Map<?, ?>) obj, this);
            default:
                return super.wrap(obj);
        }
    }

    /**
     * Each property of a record class as a function, made by {@link LambdaMetafactory}: a call of one is an
     * ordinary interface call, where a method handle that is not a constant is invoked through its lambda
     * forms, and templates read some 200 properties per page.
     */
    private static Map<String, Function<Object, Object>> propertiesOf(Class<?> type) {
        Map<String, Function<Object, Object>> byName = new HashMap<>();
        Map<String, Function<Object, Object>> byBeanName = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Function<Object, Object> h;
            try {
                h = getter(lookup, MethodHandles.publicLookup().unreflect(m));
            } catch (IllegalAccessException e) {
                continue;
            }
            byName.put(m.getName(), h);
            String bean = beanName(m);
            if (bean != null) byBeanName.put(bean, h);
        }
        // a JavaBeans property wins over a method of the same name, as in BeansWrapper
        byName.putAll(byBeanName);
        return Map.copyOf(byName);
    }

    /** {@code accessor} (a public method of no argument) as a function of its receiver. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(MethodHandles.Lookup lookup, MethodHandle accessor) {
        try {
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply", APPLY, GETTER,
                    accessor, accessor.type().wrap().changeReturnType(Object.class)).getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a function of " + accessor, e);
        }
    }

    /** {@code getTitle()} → {@code title}, {@code isEmpty()} (of a boolean) → {@code empty}, else null. */
    private static String beanName(Method m) {
        String n = m.getName();
        int prefix = n.startsWith("get") ? 3 : n.startsWith("is") && m.getReturnType() == boolean.class ? 2 : 0;
        if (prefix == 0 || n.length() == prefix) return null;
        String name = n.substring(prefix);
        // JavaBeans' decapitalisation: "URL" stays "URL", "Title" becomes "title"
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) return name;
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A record as a hash of its properties, each wrapped as it is read. */
    private static final class RecordModel implements TemplateHashModel, WrapperTemplateModel {
        private final Object record;
        private final Map<String, Function<Object, Object>> properties;
        private final ViewWrapper wrapper;

        RecordModel(Object record, Map<String, Function<Object, Object>> properties, ViewWrapper wrapper) {
            this.record = record;
            this.properties = properties;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> h = properties.get(key);
            if (h == null) return null;
            return wrapper.wrap(h.apply(record));
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
