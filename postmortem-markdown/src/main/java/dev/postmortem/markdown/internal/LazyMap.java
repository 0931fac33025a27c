package dev.postmortem.markdown.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A read-only map computed on first use: for parse results that only some callers read (the source
 * extents, which only {@code PostmortemEditor} asks for). Thread-safe: the map is computed once, under a
 * lock, and the supplier is dropped afterwards so that what it holds can be collected.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class LazyMap<K, V> extends AbstractMap<K, V> {

    private Supplier<Map<K, V>> supplier;
    private volatile Map<K, V> map;

    /**
     * Creates the map.
     *
     * @param supplier computes the contents, once; it must not depend on state changed after this call
     */
    LazyMap(Supplier<Map<K, V>> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    private Map<K, V> map() {
        Map<K, V> m = map;
        if (m == null) {
            synchronized (this) {
                m = map;
                if (m == null) {
                    m = Collections.unmodifiableMap(supplier.get());
                    map = m;
                    supplier = null;
                }
            }
        }
        return m;
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return map().getOrDefault(key, defaultValue);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public boolean isEmpty() {
        return map().isEmpty();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public Set<K> keySet() {
        return map().keySet();
    }

    @Override
    public Collection<V> values() {
        return map().values();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map().forEach(action);
    }
}
