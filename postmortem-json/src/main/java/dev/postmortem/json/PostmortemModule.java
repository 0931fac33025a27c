package dev.postmortem.json;

import dev.postmortem.json.internal.Adapters;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * Adds the postmortem JSON format, version 1, to a Jackson {@code JsonMapper}: serializers and
 * deserializers for {@link dev.postmortem.core.Postmortem} and each of its parts, so that an
 * application can hold postmortems inside its own JSON documents.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *         .addModule(new PostmortemModule())
 *         .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
 *         .build();
 * Postmortem pm = mapper.readValue(json, Postmortem.class);
 * }</pre>
 *
 * <p>Values are written and read exactly as {@link PostmortemJson} does, with two differences
 * that follow from the mapper being the application's: unknown properties are rejected only when
 * the mapper enables {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} (Jackson 3 leaves
 * it off), and problems are thrown as Jackson's own {@code DatabindException}s, whose path and
 * location name the offending value. A JSON {@code null} where the mapper itself binds a
 * postmortem value gives {@code null}, as Jackson does for any type; inside a postmortem, nulls
 * are rejected. The read limits are the mapper's {@code StreamReadConstraints}.
 *
 * <p>The module is stateless and thread-safe, and is provided as a
 * {@code tools.jackson.databind.JacksonModule} service, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it.
 */
public final class PostmortemModule extends JacksonModule {

    /** Creates the module; it has no settings. */
    public PostmortemModule() {
    }

    /**
     * Returns the module's name, {@code "postmortem-json"}.
     *
     * @return the name
     */
    @Override
    public String getModuleName() {
        return "postmortem-json";
    }

    /**
     * Returns the module's version, taken from its jar's Maven metadata (unknown when it runs from
     * classes outside a jar).
     *
     * @return the version
     */
    @Override
    public Version version() {
        return Adapters.version();
    }

    /**
     * Registers the format's serializers and deserializers with a mapper being built.
     *
     * @param context the mapper's setup context
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(Adapters.serializers());
        context.addDeserializers(Adapters.deserializers());
    }
}
