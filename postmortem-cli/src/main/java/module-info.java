/**
 * The {@code postmortem} command: check, convert and stats over Markdown and JSON postmortems.
 * Run it with {@code java -jar postmortem.jar --help}; embed it with {@link dev.postmortem.cli.Main#run}.
 */
module dev.postmortem.cli {
    requires dev.postmortem.markdown;
    requires dev.postmortem.json;
    requires tools.jackson.databind;
    requires info.picocli;

    exports dev.postmortem.cli;

    // picocli reads and sets the annotated command fields reflectively.
    opens dev.postmortem.cli.internal to info.picocli;
}
