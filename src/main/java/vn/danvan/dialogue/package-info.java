/**
 * Dialogues with the people (đối thoại) and the ledger of commitments (cam kết): who convened, what was
 * raised, what was promised, by whom and by when, how it went, and whether the people who raised it
 * confirm it is done; the annual grassroots dialogue each commune owes (Luật THDCCS Đ.32) and the public
 * accountability page. Other modules read {@link vn.danvan.dialogue.DialogueFacts}; the face is
 * {@link vn.danvan.dialogue.DialogueRecording}, {@link vn.danvan.dialogue.CommitmentTracking} and the overdue
 * {@link vn.danvan.dialogue.CommitmentWatch}, which publishes {@link vn.danvan.dialogue.CommitmentOverdue}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "petition", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.dialogue;
