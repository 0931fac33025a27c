package dev.postmortem.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import dev.postmortem.markdown.PostmortemParser;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while parsing one large generated document (10 MB by default; see {@link ScaledInputs}).
 *
 * <pre>
 * java -Xmx1g -cp postmortem-bench/target/benchmarks.jar dev.postmortem.bench.PeakHeap [10MB]
 * </pre>
 *
 * <p>Generates the document and warms the parser up on a small one, then parses it while listening
 * to every garbage collection, and prints: the peak heap occupancy (the most the heap held, just
 * before a collection, garbage included), the peak live heap (the most that survived a collection:
 * what the parse really needs at once), and the heap the result keeps. Run it with smaller
 * {@code -Xmx} values to find the least heap that parses the document.
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    /**
     * Measures.
     *
     * @param args the input name (default {@code 10MB})
     * @throws Exception if the JVM has no GC notifications
     */
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "10MB";
        ScaledInputs.Input in = ScaledInputs.of(name);
        String text = in.markdown();
        in = new ScaledInputs.Input(in.name(), null, null, in.entries(), in.bytes()); // keep only the text
        PostmortemParser parser = Parsers.unlimited();
        // load and initialise every class first, so the figures are the document's alone
        parser.parse(ScaledInputs.of("10KB").markdown());

        AtomicLong peakBefore = new AtomicLong();
        AtomicLong peakAfter = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                peakBefore.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
                peakAfter.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
                collections.incrementAndGet();
            }, null, null);
        }
        System.gc();
        Thread.sleep(200);
        long before = live();
        peakBefore.set(0);
        peakAfter.set(0);
        collections.set(0);

        long start = System.nanoTime();
        Object result = parser.parse(text);
        long nanos = System.nanoTime() - start;
        long atEnd = live();
        Thread.sleep(200); // let the last notifications arrive
        long occupancy = Math.max(peakBefore.get(), atEnd);
        long peakLive = Math.max(peakAfter.get(), 0);
        System.gc();
        long after = live();

        System.out.printf(Locale.ROOT, "%s: %d bytes, %d entries; max heap %d MB; parse %.0f ms, %d collections%n",
                name, in.bytes(), in.entries(), Runtime.getRuntime().maxMemory() >> 20, nanos / 1e6, collections.get());
        System.out.printf(Locale.ROOT, "live heap before parse (the text): %.1f MB%n", before / 1e6);
        System.out.printf(Locale.ROOT, "peak heap occupancy during parse: %.1f MB (%.1fx the input)%n",
                occupancy / 1e6, (double) occupancy / in.bytes());
        System.out.printf(Locale.ROOT, "peak live heap during parse (after a collection): %.1f MB (%.1fx the input)%n",
                peakLive / 1e6, (double) peakLive / in.bytes());
        System.out.printf(Locale.ROOT, "live heap after parse, result held: %.1f MB; the result takes %.1f MB (%.1fx the input)%n",
                after / 1e6, (after - before) / 1e6, (double) (after - before) / in.bytes());
        if (result == null) {
            System.out.println("no result");
        }
    }

    private static long sum(Map<String, MemoryUsage> pools) {
        long n = 0;
        for (MemoryUsage u : pools.values()) {
            n += u.getUsed();
        }
        return n;
    }

    private static long live() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
