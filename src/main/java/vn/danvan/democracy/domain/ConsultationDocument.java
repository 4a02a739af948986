package vn.danvan.democracy.domain;

import java.time.Instant;

public record ConsultationDocument(
        long id, long consultationId, String fileName, String contentType, long size, Instant uploadedAt) {}
