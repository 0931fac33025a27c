package dev.postmortem.core.internal.validation;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.validation.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.spi.ValidationProvider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Runs Hibernate Validator over a postmortem and turns violations into diagnostics. */
public final class ValidationEngine {

    private static final Map<Class<? extends Annotation>, Rule> RULES = Map.of(
            DurationMatchesWindow.class, Rule.DURATION_MISMATCH,
            WindowOrdered.class, Rule.WINDOW_ORDER,
            TimelineOrdered.class, Rule.TIMELINE_ORDER,
            TimestampsComparable.class, Rule.TIMESTAMP_INCOMPARABLE,
            KnownZone.class, Rule.ZONE_UNKNOWN,
            EntriesNearWindow.class, Rule.ENTRY_OUTSIDE_WINDOW,
            ExpectedSections.class, Rule.SECTION_MISSING,
            HasOwner.class, Rule.ACTION_OWNER_MISSING);

    private static final Pattern INDEX = Pattern.compile("\\d+");

    private final Validator validator;
    private final Set<Rule> enabled;

    /**
     * Creates an engine.
     *
     * @param settings the rule options
     * @param enabled  the rules to report
     */
    public ValidationEngine(RuleSettings settings, Set<Rule> enabled) {
        this.validator = FactoryHolder.FACTORY.unwrap(HibernateValidatorFactory.class)
                .usingContext()
                .constraintValidatorPayload(settings)
                .getValidator();
        this.enabled = Set.copyOf(enabled);
    }

    /**
     * Validates a postmortem.
     *
     * @param postmortem the postmortem
     * @return the diagnostics of the enabled rules, ordered by model path and rule
     */
    public List<Diagnostic> validate(Postmortem postmortem) {
        Set<ConstraintViolation<Postmortem>> violations;
        try {
            violations = validator.validate(postmortem);
        } finally {
            DocumentRuleValidator.forgetClock();
        }
        List<Diagnostic> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Postmortem> v : violations) {
            Rule rule = RULES.get(v.getConstraintDescriptor().getAnnotation().annotationType());
            if (rule == null) {
                throw new IllegalStateException("constraint without a rule: " + v.getConstraintDescriptor());
            }
            if (enabled.contains(rule)) {
                out.add(Diagnostic.of(rule.id(), rule.severity(), v.getMessage(), v.getPropertyPath().toString()));
            }
        }
        out.sort(Comparator.comparing((Diagnostic d) -> sortKey(d.path())).thenComparing(Diagnostic::ruleId)
                .thenComparing(Diagnostic::message));
        return out;
    }

    /** Pads indices so that {@code entries[10]} sorts after {@code entries[9]}. */
    private static String sortKey(String path) {
        Matcher m = INDEX.matcher(path);
        StringBuilder sb = new StringBuilder(path.length() + 16);
        while (m.find()) {
            // Padded by hand: String.format would start java.util.Formatter and the locale data.
            String index = m.group();
            m.appendReplacement(sb, "0".repeat(Math.max(0, 10 - index.length())) + index);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The one factory of the application, built on first use. */
    private static final class FactoryHolder {
        // Kept so that the level set below is not lost when the logger is collected.
        private static final Logger HV_LOGGER = Logger.getLogger("org.hibernate.validator");
        static final ValidatorFactory FACTORY = build();

        private static ValidatorFactory build() {
            // Hibernate Validator announces its version and the choice of interpolator at INFO and WARN;
            // a library must not print to its users' consoles, real problems are still SEVERE.
            HV_LOGGER.setLevel(Level.SEVERE);
            // The model is closed, so its metadata is built once here, and none of the built-in
            // constraints (which the model does not use) is loaded: this halves start-up.
            // This factory is ours alone, so nothing on the application's class path configures it: the
            // provider is named rather than looked up as a service, an application's META-INF/validation.xml
            // is not read, and no JPA provider is asked whether our records' fields are loaded (they
            // are plain fields). Each of these was a look-up on the class path at start-up.
            return Validation.byProvider(PredefinedScopeHibernateValidator.class)
                    .providerResolver(FactoryHolder::provider)
                    .configure()
                    .ignoreXmlConfiguration()
                    .traversableResolver(new AllTraversable())
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .builtinConstraints(Set.of())
                    // Only the types that hold constraints or are cascaded to (@Valid); metadata, timestamps,
                    // sections and contributors are never validated as beans, and reading their methods
                    // for metadata cost start-up time.
                    .initializeBeanMetaData(Set.of(Postmortem.class, Summary.class, Timeline.class,
                            TimelineEntry.class, ActionItem.class))
                    .buildValidatorFactory();
        }

        private static List<ValidationProvider<?>> provider() {
            return List.of(new PredefinedScopeHibernateValidator());
        }
    }

    /** Every property is reachable and cascadable: the model is plain records, never lazily loaded. */
    private static final class AllTraversable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }
}
