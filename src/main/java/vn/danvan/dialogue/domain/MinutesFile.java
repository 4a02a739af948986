package vn.danvan.dialogue.domain;

/** A file of a dialogue's minutes (biên bản): PDF, Word or a scan. */
public record MinutesFile(long id, String fileName, String contentType, long sizeBytes) {}
