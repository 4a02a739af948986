package vn.danvan.dialogue;

/** A dialogue, as other modules and the pages name it once it is held. */
public record DialogueId(long id) {}
