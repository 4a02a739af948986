package vn.danvan.dialogue;

/** A commitment made in answer to an issue. */
public record CommitmentId(long id) {}
