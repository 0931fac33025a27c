package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The duration texts of reports and messages. */
class StatsReportsTest {

    @Test
    void exactKeepsEveryUnitThatIsNotZero() {
        assertEquals("1d 2h 30m", StatsReports.exact(Duration.ofMinutes(26 * 60 + 30)));
        assertEquals("1d 2h 30m", StatsReports.exact(Duration.ofMinutes(1590)));
        assertEquals("2h 5s", StatsReports.exact(Duration.ofSeconds(7205)));
        assertEquals("45s", StatsReports.exact(Duration.ofSeconds(45)));
        assertEquals("0m", StatsReports.exact(Duration.ZERO));
        assertEquals("-1h 30m", StatsReports.exact(Duration.ofMinutes(-90)));
    }

    @Test
    void humanRoundsForTables() {
        assertEquals("1d 2h", StatsReports.human(Duration.ofMinutes(1590)));
        assertEquals("1h 30m", StatsReports.human(Duration.ofMinutes(90)));
        assertEquals("45s", StatsReports.human(Duration.ofSeconds(45)));
    }
}
