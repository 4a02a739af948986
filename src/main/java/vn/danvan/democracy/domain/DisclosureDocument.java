package vn.danvan.democracy.domain;

import java.time.Instant;

/** A document of an item, as stored by the file store. */
public record DisclosureDocument(
        long id, long disclosureId, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {}
