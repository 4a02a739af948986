package vn.danvan.programme.domain;

import org.jspecify.annotations.Nullable;

/** A photo of a model or of a story (owner is the model's or the story's id). */
public record ModelPhoto(long id, long ownerId, @Nullable String caption, String fileName, String contentType) {}
