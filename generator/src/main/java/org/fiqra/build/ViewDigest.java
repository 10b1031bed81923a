package org.fiqra.build;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * A 128-bit digest of what a page is made from (its template name, page frame and view: records of
 * strings, lists, numbers and booleans), computed by walking the records rather than by printing them, so
 * that fingerprinting every page of a rebuild costs little. Two independent 64-bit mixes over every
 * character, with the structure (record types, list sizes, string lengths, nulls) mixed in, so that
 * {@code ["ab", "c"]} and {@code ["a", "bc"]} differ.
 */
final class ViewDigest {
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] out = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < components.length; i++) {
                try {
                    out[i] = lookup.unreflect(components[i].getAccessor());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + components[i].getName(), e);
                }
            }
            return out;
        }
    };

    /** A class's name as one word, worked out once per class rather than once per view. */
    private static final ClassValue<Long> NAMES = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            ViewDigest d = new ViewDigest();
            d.add(type.getName());
            return d.a ^ Long.rotateLeft(d.b, 32);
        }
    };

    private long a = 0xcbf29ce484222325L;
    private long b = 0x9E3779B97F4A7C15L;

    /** The digest of {@code parts}, in order. */
    static BuildState.Fingerprint of(String salt, List<Object> parts) {
        ViewDigest d = new ViewDigest();
        d.add(salt);
        for (Object part : parts) d.add(part);
        return new BuildState.Fingerprint(mix(d.a), mix(d.b ^ d.a >>> 1));
    }

    private void word(long x) {
        a = (a ^ x) * 0x100000001b3L;
        b = Long.rotateLeft(b + x * 0xBF58476D1CE4E5B9L, 29) * 0x94D049BB133111EBL;
    }

    private void add(Object o) {
        if (o == null) {
            word(0x6E756C6CL);
        } else if (o instanceof String s) {
            word(1);
            word(s.length());
            for (int i = 0; i < s.length(); i++) word(s.charAt(i));
        } else if (o instanceof List<?> list) {
            word(2);
            word(list.size());
            for (Object item : list) add(item);
        } else if (o instanceof Map<?, ?> map) {
            word(3);
            word(map.size());
            map.forEach((k, v) -> {
                add(k);
                add(v);
            });
        } else if (o instanceof Record r) {
            word(4);
            word(NAMES.get(r.getClass()));
            for (MethodHandle component : COMPONENTS.get(r.getClass())) {
                try {
                    add(component.invoke(r));
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read a component of " + r.getClass().getName(), e);
                }
            }
        } else if (o instanceof Boolean || o instanceof Number || o instanceof Enum<?> || o instanceof Character) {
            word(5);
            word(NAMES.get(o.getClass()));
            add(o.toString());
        } else {
            throw new IllegalArgumentException("a view holds a " + o.getClass().getName()
                    + ": views are records of strings, lists, numbers and booleans");
        }
    }

    /** The finaliser of MurmurHash3: every bit of the input reaches every bit of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ec2a5L;
        return h ^ h >>> 33;
    }
}
