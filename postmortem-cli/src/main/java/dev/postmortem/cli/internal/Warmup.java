package dev.postmortem.cli.internal;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import dev.postmortem.core.validation.PostmortemValidator;
import java.time.Duration;
import java.util.List;

/**
 * Start-up work of the {@code postmortem} process (not of {@link dev.postmortem.cli.Main#run}, which
 * tools embed): the process is short-lived, and a third of its time went into starting Hibernate
 * Validator, which can run on the other core while picocli reads the command line and the first
 * document is parsed.
 */
public final class Warmup {

    private Warmup() {
    }

    /**
     * Prepares the process for the command line given: settles jboss-logging's choice of back end,
     * which it otherwise finds by trying one logging library after another on the class path (the
     * jar holds none of them, so the choice is the same), and, for the commands that validate,
     * starts Hibernate Validator on a daemon thread. Nothing of this changes what a command does or
     * prints; a command that needs the validator before it is ready waits for it.
     *
     * @param args the command-line arguments
     */
    public static void startFor(String[] args) {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("fix"))) {
            // A Runnable class, not a method reference: the first lambda of a process sets up the
            // lambda machinery, which should happen on the other thread too.
            Thread thread = new Thread(new Validation(), "postmortem-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Builds the validator factory and runs every rule once, so their classes and messages are ready. */
    private static final class Validation implements Runnable {
        @Override
        public void run() {
            validation();
        }
    }

    /** Builds the validator factory and runs every rule once, so their classes and messages are ready. */
    static void validation() {
        try {
            PostmortemValidator.defaults().validate(sample());
        } catch (RuntimeException | LinkageError e) {
            // Only a head start, which prints nothing: whatever failed here fails again where the
            // command validates, and is reported there.
        }
    }

    /** A small document that breaks most rules. */
    static Postmortem sample() {
        return Postmortem.builder()
                .summary(Summary.builder()
                        .start(Timestamp.parse("2024-03-22T10:00Z"))
                        .end(Timestamp.parse("2024-03-22T12:00Z"))
                        .duration(Duration.ofHours(3))
                        .build())
                .timeline(Timeline.of(List.of(
                        TimelineEntry.of(Timestamp.parse("2024-03-22T11:00Z"), "Alert fired"),
                        TimelineEntry.of(Timestamp.parse("2024-03-22T08:00Z"), "Rolled back"),
                        TimelineEntry.of(Timestamp.parse("11:30[XYZ]"), "Paged the database team"),
                        TimelineEntry.of(Timestamp.parse("2024-03-23"), "Resolved"))))
                .actions(List.of(ActionItem.of("Add a check")))
                .build();
    }
}
