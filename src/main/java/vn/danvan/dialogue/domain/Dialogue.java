package vn.danvan.dialogue.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.dialogue.DialogueCommands.HoldDialogue;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.DomainException;

/**
 * A dialogue held with the people: who convened it, when and where, who chaired, what the minutes say. Its
 * issues ({@link Issue}) and the files of its minutes ({@link MinutesFile}) hang on it.
 */
public record Dialogue(
        long id,
        long convenerBodyId,
        @Nullable Long coConvenerBodyId,
        DialogueKind kind,
        LocalDate heldOn,
        String place,
        String topic,
        String chairName,
        @Nullable String chairPosition,
        int participants,
        @Nullable String groupsPresent,
        @Nullable String minutes,
        @Nullable String communeCode) {

    /** The largest file of minutes taken. */
    public static final long MAX_MINUTES_BYTES = 10L * 1024 * 1024;

    /** A co-convener, if any, other than the convener. */
    public static void checkConveners(HoldDialogue command) {
        if (command.coConvenerBodyId() != null && command.coConvenerBodyId().equals(command.convenerBodyId())) {
            throw DomainException.invalid("dialogue.co-convener-same");
        }
    }

    /** A dialogue is not recorded before it is held. */
    public static void checkHeldBy(LocalDate heldOn, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw DomainException.invalid("dialogue.in-future");
        }
    }

    /** Staff of the convener or the co-convener see the dialogue. */
    public boolean visibleTo(StaffMember staff) {
        return staff.inScope(convenerBodyId) || coConvenerBodyId != null && staff.inScope(coConvenerBodyId);
    }

    /** A promise made in the dialogue falls due on or after the day it was held. */
    public void checkDue(LocalDate dueOn) {
        if (dueOn.isBefore(heldOn)) {
            throw DomainException.invalid("dialogue.due-before-dialogue");
        }
    }
}
