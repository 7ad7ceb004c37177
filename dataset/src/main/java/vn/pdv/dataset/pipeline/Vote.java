package vn.pdv.dataset.pipeline;

/** A branch's vote: at least two thirds of its official members for. */
public record Vote(int officialMembers, int present, int votesFor, int votesAgainst) {
}
