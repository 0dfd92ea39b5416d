package io.jevons.planning.api.proposal;

/** A proposal just opened: its number, and the version of its scenario that opened it. */
public record OpenedProposal(int proposal, long version) {
}
