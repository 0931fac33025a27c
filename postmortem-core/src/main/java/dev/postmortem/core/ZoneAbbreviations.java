package dev.postmortem.core;

import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of zone labels that postmortems write and the UTC offsets they stand for.
 *
 * <p>Two kinds of label are understood:
 * <ul>
 *   <li>numeric labels: {@code UTC}, {@code GMT}, {@code Z}, and {@code UTC+1}, {@code GMT-05:00},
 *       {@code UTC+5:30}, {@code GMT+0530} (hours from -18 to +18);</li>
 *   <li>the abbreviations in {@link #table()}, each a fixed offset: {@code PST} is always -08:00 and
 *       {@code PDT} always -07:00, whatever the date;</li>
 *   <li>the names written out in full in {@link #names()}, such as {@code Greenwich Mean Time}.</li>
 * </ul>
 * Matching ignores case. Abbreviations that stand for several zones are left out on purpose
 * ({@code IST}: India, Ireland or Israel; {@code BST}: British summer or Bangladesh): a label not in
 * the table has no offset, is kept as written in the {@link Timestamp}, and is reported by validation,
 * never guessed. Two common abbreviations with a rare second meaning are mapped to their usual one:
 * {@code CST} to North American Central Standard Time (-06:00, not China) and {@code AST} to
 * Atlantic Standard Time (-04:00, not Arabia).
 *
 * <p>Thread-safe: the table is immutable.
 */
public final class ZoneAbbreviations {

    private static final Pattern NUMERIC = Pattern.compile(
            "(?:UTC|GMT|Z)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, ZoneOffset> TABLE = buildTable();
    private static final Map<String, ZoneOffset> NAMES = buildNames();

    private ZoneAbbreviations() {
    }

    private static Map<String, ZoneOffset> buildTable() {
        Map<String, ZoneOffset> t = new LinkedHashMap<>();
        // Universal
        put(t, "UTC", 0, 0);
        put(t, "GMT", 0, 0);
        put(t, "Z", 0, 0);
        // North America
        put(t, "HST", -10, 0);
        put(t, "AKST", -9, 0);
        put(t, "AKDT", -8, 0);
        put(t, "PST", -8, 0);
        put(t, "PDT", -7, 0);
        put(t, "MST", -7, 0);
        put(t, "MDT", -6, 0);
        put(t, "CST", -6, 0);
        put(t, "CDT", -5, 0);
        put(t, "EST", -5, 0);
        put(t, "EDT", -4, 0);
        put(t, "AST", -4, 0);
        put(t, "ADT", -3, 0);
        put(t, "NST", -3, -30);
        put(t, "NDT", -2, -30);
        // South America
        put(t, "BRT", -3, 0);
        put(t, "ART", -3, 0);
        // Europe
        put(t, "WET", 0, 0);
        put(t, "WEST", 1, 0);
        put(t, "CET", 1, 0);
        put(t, "CEST", 2, 0);
        put(t, "EET", 2, 0);
        put(t, "EEST", 3, 0);
        put(t, "MSK", 3, 0);
        // Africa
        put(t, "WAT", 1, 0);
        put(t, "CAT", 2, 0);
        put(t, "SAST", 2, 0);
        put(t, "EAT", 3, 0);
        // Asia
        put(t, "PKT", 5, 0);
        put(t, "NPT", 5, 45);
        put(t, "ICT", 7, 0);
        put(t, "WIB", 7, 0);
        put(t, "SGT", 8, 0);
        put(t, "HKT", 8, 0);
        put(t, "PHT", 8, 0);
        put(t, "JST", 9, 0);
        put(t, "KST", 9, 0);
        // Oceania
        put(t, "AWST", 8, 0);
        put(t, "ACST", 9, 30);
        put(t, "ACDT", 10, 30);
        put(t, "AEST", 10, 0);
        put(t, "AEDT", 11, 0);
        put(t, "NZST", 12, 0);
        put(t, "NZDT", 13, 0);
        return Collections.unmodifiableMap(t);
    }

    private static Map<String, ZoneOffset> buildNames() {
        Map<String, ZoneOffset> t = new LinkedHashMap<>();
        put(t, "Coordinated Universal Time", 0, 0);
        put(t, "Greenwich Mean Time", 0, 0);
        put(t, "British Summer Time", 1, 0);
        put(t, "Western European Time", 0, 0);
        put(t, "Western European Summer Time", 1, 0);
        put(t, "Central European Time", 1, 0);
        put(t, "Central European Standard Time", 1, 0);
        put(t, "Central European Summer Time", 2, 0);
        put(t, "Eastern European Time", 2, 0);
        put(t, "Eastern European Summer Time", 3, 0);
        put(t, "Moscow Standard Time", 3, 0);
        put(t, "West Africa Time", 1, 0);
        put(t, "West African Time", 1, 0);
        put(t, "Central Africa Time", 2, 0);
        put(t, "Central African Time", 2, 0);
        put(t, "South Africa Standard Time", 2, 0);
        put(t, "South African Standard Time", 2, 0);
        put(t, "East Africa Time", 3, 0);
        put(t, "East African Time", 3, 0);
        put(t, "India Standard Time", 5, 30);
        put(t, "China Standard Time", 8, 0);
        put(t, "Singapore Standard Time", 8, 0);
        put(t, "Japan Standard Time", 9, 0);
        put(t, "Korean Standard Time", 9, 0);
        put(t, "Australian Eastern Standard Time", 10, 0);
        put(t, "Australian Eastern Daylight Time", 11, 0);
        put(t, "Hawaii-Aleutian Standard Time", -10, 0);
        put(t, "Alaska Standard Time", -9, 0);
        put(t, "Alaska Daylight Time", -8, 0);
        put(t, "Pacific Standard Time", -8, 0);
        put(t, "Pacific Daylight Time", -7, 0);
        put(t, "Mountain Standard Time", -7, 0);
        put(t, "Mountain Daylight Time", -6, 0);
        put(t, "Central Standard Time", -6, 0);
        put(t, "Central Daylight Time", -5, 0);
        put(t, "Eastern Standard Time", -5, 0);
        put(t, "Eastern Daylight Time", -4, 0);
        put(t, "Atlantic Standard Time", -4, 0);
        put(t, "Atlantic Daylight Time", -3, 0);
        Map<String, ZoneOffset> upper = new LinkedHashMap<>();
        t.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
        return Collections.unmodifiableMap(upper);
    }

    private static void put(Map<String, ZoneOffset> table, String label, int hours, int minutes) {
        table.put(label, ZoneOffset.ofHoursMinutes(hours, minutes));
    }

    /**
     * Returns the abbreviation table: upper-case label to offset, in a stable documented order.
     *
     * @return the unmodifiable table
     */
    public static Map<String, ZoneOffset> table() {
        return TABLE;
    }

    /**
     * Returns the table of zone names written out in full ({@code Greenwich Mean Time},
     * {@code West Africa Time}, {@code Pacific Standard Time}): upper-case name to offset. Names
     * that do not say whether daylight saving applies ({@code Pacific Time}, {@code Eastern Time})
     * are left out on purpose.
     *
     * @return the unmodifiable table
     */
    public static Map<String, ZoneOffset> names() {
        return NAMES;
    }

    /**
     * Returns the offset a zone label stands for, or empty when the label is unknown or ambiguous.
     *
     * @param label the label as written, such as {@code PST}, {@code utc+1} or {@code GMT-05:30}
     * @return the offset, or empty
     */
    public static Optional<ZoneOffset> offsetOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String trimmed = label.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        ZoneOffset fixed = TABLE.get(upper);
        if (fixed == null && upper.indexOf(' ') > 0) {
            fixed = NAMES.get(WHITESPACE.matcher(upper).replaceAll(" "));
        }
        if (fixed != null) {
            return Optional.of(fixed);
        }
        Matcher m = NUMERIC.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
            return Optional.empty();
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    /**
     * Tells whether a label names a known offset.
     *
     * @param label the label as written
     * @return true when {@link #offsetOf(String)} finds an offset
     */
    public static boolean isKnown(String label) {
        return offsetOf(label).isPresent();
    }
}
