/**
 * The postmortem model, partial-precision timestamps and validation.
 *
 * <p>{@link dev.postmortem.core.Postmortem} is the root of an immutable model of records;
 * {@link dev.postmortem.core.validation.PostmortemValidator} checks a model and returns
 * {@link dev.postmortem.core.Diagnostic}s. This module knows nothing of Markdown, JSON or files.
 */
module dev.postmortem.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;

    exports dev.postmortem.core;
    exports dev.postmortem.core.validation;

    // Hibernate Validator reads record fields and instantiates our constraint validators reflectively.
    opens dev.postmortem.core to org.hibernate.validator;
    opens dev.postmortem.core.internal.validation to org.hibernate.validator;
}
