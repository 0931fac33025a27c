package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.core.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingZoneTest {

    private static final PostmortemParser PARSER = PostmortemParser.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Timeline (All in Greenwich Mean Time) | Greenwich Mean Time | Z",
            "Timeline (all times in WAT) | WAT | +01:00",
            "Timeline (Times are in West Africa Time) | West Africa Time | +01:00",
            "Timeline (UTC) | UTC | Z"})
    void aZoneInTheTimelineHeadingAppliesToItsEntries(String heading, String label, String offset) {
        String doc = "# Outage\n\n## " + heading + "\n\n- **14:00** - Alert fired\n- **14:30** - Rolled back the deploy\n";
        List<Timestamp> stamps = PARSER.parse(doc).postmortem().timeline().entries().stream().map(e -> e.at()).toList();
        assertEquals(2, stamps.size(), doc);
        for (Timestamp t : stamps) {
            assertEquals(label, t.zoneLabel(), doc);
            assertEquals(ZoneOffset.of(offset), t.offset(), doc);
        }
    }
}
