/**
 * The dialogue module's repositories: dialogues with their issues and minutes, commitments with their timelines
 * (SQL over the {@code dialogue} schema).
 */
@org.jspecify.annotations.NullMarked
package vn.danvan.dialogue.persistence;
