/**
 * Seeded generators of postmortems for tests: valid models of every shape, and invalid variants
 * that each break one validation rule.
 */
module dev.postmortem.testkit {
    requires transitive dev.postmortem.core;

    exports dev.postmortem.testkit;
}
