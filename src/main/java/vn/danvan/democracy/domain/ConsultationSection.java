package vn.danvan.democracy.domain;

/** A section of a draft, in its place. */
public record ConsultationSection(long id, long consultationId, int position, String heading, String body) {}
