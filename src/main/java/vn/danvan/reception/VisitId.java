package vn.danvan.reception;

/** A visit in the reception log. */
public record VisitId(long id) {}
