package vn.danvan.reception;

/** A reception session on the schedule. */
public record SessionId(long id) {}
