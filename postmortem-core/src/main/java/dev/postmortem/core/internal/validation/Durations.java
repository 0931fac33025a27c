package dev.postmortem.core.internal.validation;

import java.time.Duration;

/** Formats durations for people: {@code 2h 30m}, {@code 45m}, {@code 1d 2h}. */
final class Durations {

    private Durations() {
    }

    static String format(Duration d) {
        boolean negative = d.isNegative();
        long seconds = Math.abs(d.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (days > 0) {
            sb.append(days).append("d ");
        }
        if (hours > 0) {
            sb.append(hours).append("h ");
        }
        if (minutes > 0) {
            sb.append(minutes).append("m ");
        }
        if (secs > 0 || sb.length() <= 1) {
            sb.append(secs).append("s ");
        }
        return sb.toString().strip();
    }
}
