/**
 * Dialogues and commitments with the rules they keep: the commitment's moves, who may convene and record, the
 * annual dialogue each commune owes.
 */
@org.jspecify.annotations.NullMarked
package vn.danvan.dialogue.domain;
