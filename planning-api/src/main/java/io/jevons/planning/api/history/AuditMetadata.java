package io.jevons.planning.api.history;

/** Metadata keys every event carries: who caused it and which request it belongs to. */
public final class AuditMetadata {

    /** The authenticated user who sent the command, never a value taken from the request body. */
    public static final String USER = "user";
    /** Ties every event of one request (or one client-side operation) together. */
    public static final String CORRELATION_ID = "correlationId";
    /** Where a figure comes from (a publication, or "calibrated: …"), for changes that carry one. */
    public static final String SOURCE = "source";
    /** On an assumption change: how its figure was arrived at (measured, calibrated, modelled), and a link to it. */
    public static final String EVIDENCE = "evidence";
    public static final String EVIDENCE_LINK = "evidenceLink";
    /**
     * On a copied event (fork, import): who made the original change, and when. A fork copies what this installation
     * recorded; an import ({@link #IMPORTED_FROM}) only what its file claims, which nobody here has verified.
     */
    public static final String ORIGINAL_USER = "originalUser";
    public static final String ORIGINAL_TIME = "originalTime";
    /** On a forked scenario's copied events: the scenario they were copied from. */
    public static final String COPIED_FROM = "copiedFrom";
    /**
     * On an imported event: the scenario id it had in the installation it was exported from. Its original user and
     * time are claims of the file, unverified.
     */
    public static final String IMPORTED_FROM = "importedFrom";
    /** On a merge of a proposal: the scenario the proposal was made on, and its number there. */
    public static final String MERGED_FROM = "mergedFrom";
    public static final String PROPOSAL = "proposal";

    private AuditMetadata() {
    }
}
