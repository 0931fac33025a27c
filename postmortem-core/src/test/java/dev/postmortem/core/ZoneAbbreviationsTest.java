package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneAbbreviationsTest {

    /** For each abbreviation, a region that uses it and whether it is that region's daylight-saving time. */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("UTC", "Etc/UTC:std"), Map.entry("GMT", "Europe/London:std"), Map.entry("Z", "Etc/UTC:std"),
            Map.entry("HST", "Pacific/Honolulu:std"), Map.entry("AKST", "America/Anchorage:std"),
            Map.entry("AKDT", "America/Anchorage:dst"), Map.entry("PST", "America/Los_Angeles:std"),
            Map.entry("PDT", "America/Los_Angeles:dst"), Map.entry("MST", "America/Denver:std"),
            Map.entry("MDT", "America/Denver:dst"), Map.entry("CST", "America/Chicago:std"),
            Map.entry("CDT", "America/Chicago:dst"), Map.entry("EST", "America/New_York:std"),
            Map.entry("EDT", "America/New_York:dst"), Map.entry("AST", "America/Halifax:std"),
            Map.entry("ADT", "America/Halifax:dst"), Map.entry("NST", "America/St_Johns:std"),
            Map.entry("NDT", "America/St_Johns:dst"), Map.entry("BRT", "America/Sao_Paulo:std"),
            Map.entry("ART", "America/Argentina/Buenos_Aires:std"), Map.entry("WET", "Europe/Lisbon:std"),
            Map.entry("WEST", "Europe/Lisbon:dst"), Map.entry("CET", "Europe/Paris:std"),
            Map.entry("CEST", "Europe/Paris:dst"), Map.entry("EET", "Europe/Athens:std"),
            Map.entry("EEST", "Europe/Athens:dst"), Map.entry("MSK", "Europe/Moscow:std"),
            Map.entry("WAT", "Africa/Lagos:std"), Map.entry("CAT", "Africa/Maputo:std"),
            Map.entry("SAST", "Africa/Johannesburg:std"), Map.entry("EAT", "Africa/Nairobi:std"),
            Map.entry("PKT", "Asia/Karachi:std"), Map.entry("NPT", "Asia/Kathmandu:std"),
            Map.entry("ICT", "Asia/Bangkok:std"), Map.entry("WIB", "Asia/Jakarta:std"),
            Map.entry("SGT", "Asia/Singapore:std"), Map.entry("HKT", "Asia/Hong_Kong:std"),
            Map.entry("PHT", "Asia/Manila:std"), Map.entry("JST", "Asia/Tokyo:std"), Map.entry("KST", "Asia/Seoul:std"),
            Map.entry("AWST", "Australia/Perth:std"), Map.entry("ACST", "Australia/Adelaide:std"),
            Map.entry("ACDT", "Australia/Adelaide:dst"), Map.entry("AEST", "Australia/Sydney:std"),
            Map.entry("AEDT", "Australia/Sydney:dst"), Map.entry("NZST", "Pacific/Auckland:std"),
            Map.entry("NZDT", "Pacific/Auckland:dst"));

    @Test
    void everyAbbreviationMatchesJavaTimeForARegionThatUsesIt() {
        assertMatchesRegions(ZoneAbbreviations.table(), REGIONS);
    }

    /** Each label's offset is its region's, in January or July, whichever has the label's kind of time. */
    private static void assertMatchesRegions(Map<String, ZoneOffset> table, Map<String, String> regions) {
        assertEquals(regions.keySet(), table.keySet(), "every table entry needs a region to check");
        Instant january = Instant.parse("2024-01-15T12:00:00Z");
        Instant july = Instant.parse("2024-07-15T12:00:00Z");
        table.forEach((label, offset) -> {
            String[] region = regions.get(label).split(":");
            ZoneRules rules = ZoneId.of(region[0]).getRules();
            boolean daylight = region[1].equals("dst");
            Instant probe = rules.isDaylightSavings(january) == daylight ? january : july;
            assertEquals(daylight, rules.isDaylightSavings(probe), label + ": " + region[0] + " has no such period");
            assertEquals(rules.getOffset(probe), offset, label + " against " + region[0]);
        });
    }

    /** Each long name with a region that uses it in January (std) or July (dst). */
    private static final Map<String, String> NAME_REGIONS = Map.ofEntries(
            Map.entry("COORDINATED UNIVERSAL TIME", "Etc/UTC:std"), Map.entry("GREENWICH MEAN TIME", "Europe/London:std"),
            Map.entry("BRITISH SUMMER TIME", "Europe/London:dst"), Map.entry("WESTERN EUROPEAN TIME", "Europe/Lisbon:std"),
            Map.entry("WESTERN EUROPEAN SUMMER TIME", "Europe/Lisbon:dst"), Map.entry("CENTRAL EUROPEAN TIME", "Europe/Paris:std"),
            Map.entry("CENTRAL EUROPEAN STANDARD TIME", "Europe/Paris:std"),
            Map.entry("CENTRAL EUROPEAN SUMMER TIME", "Europe/Paris:dst"), Map.entry("EASTERN EUROPEAN TIME", "Europe/Athens:std"),
            Map.entry("EASTERN EUROPEAN SUMMER TIME", "Europe/Athens:dst"), Map.entry("MOSCOW STANDARD TIME", "Europe/Moscow:std"),
            Map.entry("WEST AFRICA TIME", "Africa/Lagos:std"), Map.entry("WEST AFRICAN TIME", "Africa/Lagos:std"),
            Map.entry("CENTRAL AFRICA TIME", "Africa/Maputo:std"), Map.entry("SOUTH AFRICA STANDARD TIME", "Africa/Johannesburg:std"),
            Map.entry("CENTRAL AFRICAN TIME", "Africa/Maputo:std"),
            Map.entry("SOUTH AFRICAN STANDARD TIME", "Africa/Johannesburg:std"),
            Map.entry("EAST AFRICA TIME", "Africa/Nairobi:std"), Map.entry("EAST AFRICAN TIME", "Africa/Nairobi:std"),
            Map.entry("INDIA STANDARD TIME", "Asia/Kolkata:std"), Map.entry("CHINA STANDARD TIME", "Asia/Shanghai:std"),
            Map.entry("SINGAPORE STANDARD TIME", "Asia/Singapore:std"), Map.entry("JAPAN STANDARD TIME", "Asia/Tokyo:std"),
            Map.entry("KOREAN STANDARD TIME", "Asia/Seoul:std"),
            Map.entry("AUSTRALIAN EASTERN STANDARD TIME", "Australia/Sydney:std"),
            Map.entry("AUSTRALIAN EASTERN DAYLIGHT TIME", "Australia/Sydney:dst"),
            Map.entry("HAWAII-ALEUTIAN STANDARD TIME", "Pacific/Honolulu:std"),
            Map.entry("ALASKA STANDARD TIME", "America/Anchorage:std"), Map.entry("ALASKA DAYLIGHT TIME", "America/Anchorage:dst"),
            Map.entry("PACIFIC STANDARD TIME", "America/Los_Angeles:std"),
            Map.entry("PACIFIC DAYLIGHT TIME", "America/Los_Angeles:dst"), Map.entry("MOUNTAIN STANDARD TIME", "America/Denver:std"),
            Map.entry("MOUNTAIN DAYLIGHT TIME", "America/Denver:dst"), Map.entry("CENTRAL STANDARD TIME", "America/Chicago:std"),
            Map.entry("CENTRAL DAYLIGHT TIME", "America/Chicago:dst"), Map.entry("EASTERN STANDARD TIME", "America/New_York:std"),
            Map.entry("EASTERN DAYLIGHT TIME", "America/New_York:dst"), Map.entry("ATLANTIC STANDARD TIME", "America/Halifax:std"),
            Map.entry("ATLANTIC DAYLIGHT TIME", "America/Halifax:dst"));

    @Test
    void everyLongNameMatchesJavaTimeForARegionThatUsesIt() {
        assertMatchesRegions(ZoneAbbreviations.names(), NAME_REGIONS);
        assertEquals(Optional.of(ZoneOffset.ofHours(1)), ZoneAbbreviations.offsetOf("west  africa time"));
        assertEquals(Optional.empty(), ZoneAbbreviations.offsetOf("Pacific Time"));
        assertEquals(Optional.empty(), ZoneAbbreviations.offsetOf("Eastern Time"));
    }

    @ParameterizedTest
    @CsvSource({"UTC+1,+01:00", "GMT-5,-05:00", "utc+05:30,+05:30", "UTC+5:30,+05:30", "GMT+0530,+05:30",
            "UTC - 3,-03:00", "pst,-08:00", " CEST ,+02:00", "Z,Z", "GMT+14,+14:00"})
    void numericAndCaseInsensitiveLabels(String label, String offset) {
        assertEquals(Optional.of(ZoneOffset.of(offset)), ZoneAbbreviations.offsetOf(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IST", "BST", "XYZ", "UTC+19", "GMT+5:75", "Pacific", "", "UTC+", "Mars Time"})
    void unknownOrAmbiguousLabelsAreNotGuessed(String label) {
        assertEquals(Optional.empty(), ZoneAbbreviations.offsetOf(label));
        assertFalse(ZoneAbbreviations.isKnown(label));
    }

    @Test
    void tableIsUnmodifiable() {
        assertTrue(ZoneAbbreviations.table().size() > 40);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> ZoneAbbreviations.table().put("XYZ", ZoneOffset.UTC));
    }
}
