package vn.danvan.dialogue;

/** An issue raised in a dialogue. */
public record IssueId(long id) {}
