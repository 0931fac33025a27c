package dev.postmortem.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shared normalisation for the model's compact constructors. */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns null for a null or blank text, else the text unchanged.
     *
     * @param text the text
     * @return the text or null
     */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * Returns the text, failing when it is null or blank.
     *
     * @param text the text
     * @param name the component name for the message
     * @return the text
     */
    public static String required(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }

    /**
     * Copies a list, treating null as empty and rejecting null elements.
     *
     * @param list the list or null
     * @param name the component name for the message
     * @param <T>  the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> list(List<T> list, String name) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw new NullPointerException(name + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * Copies a map keeping its iteration order, treating null as empty and rejecting null keys and values.
     *
     * @param map  the map or null
     * @param name the component name for the message
     * @return an unmodifiable, insertion-ordered copy
     */
    public static Map<String, String> orderedMap(Map<String, String> map, String name) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(name + " must not contain null keys or values");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
