package io.github.cameldatagrok.client;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The headers of one multipart part, in arrival order: a handful of names (four or five in a sync answer), so a scan
 * with {@code equalsIgnoreCase} finds one faster than a sorted or hashed map is built. Names are case-insensitive;
 * a name given twice keeps its first value. Read-only once parsed.
 */
final class PartHeaders extends AbstractMap<String, String> {

    private String[] names = new String[6];
    private String[] values = new String[6];
    private int size;

    /** Adds a header unless one of that name is there already. */
    void addIfAbsent(String name, String value) {
        if (indexOf(name) >= 0) {
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
    }

    private int indexOf(Object name) {
        if (name instanceof String wanted) {
            for (int i = 0; i < size; i++) {
                if (sameName(names[i], wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * {@code equalsIgnoreCase}, cheapest test first: names of other lengths or first letters (most of them) are
     * told apart without a case-insensitive comparison, and servers write names in their usual case.
     */
    private static boolean sameName(String name, String wanted) {
        if (name.length() != wanted.length()) {
            return false;
        }
        if (name.isEmpty() || name.equals(wanted)) {
            return true;
        }
        char a = name.charAt(0);
        char b = wanted.charAt(0);
        // ASCII letters differ in case by bit 0x20 only; anything else is left to equalsIgnoreCase
        boolean mayMatch = a == b || a >= 0x80 || b >= 0x80 || (a | 0x20) == (b | 0x20);
        return mayMatch && name.equalsIgnoreCase(wanted);
    }

    @Override
    public String get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
