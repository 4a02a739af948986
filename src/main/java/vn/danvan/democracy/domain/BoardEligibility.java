package vn.danvan.democracy.domain;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import vn.danvan.democracy.BoardCommands.AddMember;
import vn.danvan.democracy.BoardCommands.Position;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnameseText;

/**
 * Who may sit on a commune's Ban Thanh tra nhân dân (Luật THDCCS 2022 Đ.36–40): a permanent resident of the
 * commune who is not one of its officials, civil servants or part-time workers of the commune or a hamlet.
 *
 * <p>What the platform can check: residence through a household of the commune's register, or else a declared
 * permanent address that names this commune (the officer has seen the residence papers; the national population
 * database is not reached from here); the position the person declares; and whether an enabled staff account of
 * one of the commune's bodies bears the same name. What it cannot: officials without an account on the platform
 * and part-time hamlet workers are known only from the declaration, and a namesake among the staff is another
 * person only when the officer confirms it.
 */
public final class BoardEligibility {

    private BoardEligibility() {}

    /**
     * Refuses the member; {@code householdCommune} is the commune of the register household named, null when none
     * was named or it does not exist.
     */
    public static void check(
            AddMember member, String communeCode, @Nullable String householdCommune, Collection<String> staffNames) {
        if (member.position() != Position.NONE) {
            throw DomainException.invalid("oversight.member-official");
        }
        if (member.householdId() != null) {
            if (!communeCode.equals(householdCommune)) {
                throw DomainException.invalid("oversight.member-not-resident");
            }
        } else {
            if (member.declaredAddress() == null || member.declaredAddress().isBlank()) {
                throw DomainException.invalid("oversight.member-residence-required");
            }
            if (!communeCode.equals(member.declaredCommuneCode())) {
                throw DomainException.invalid("oversight.member-not-resident");
            }
        }
        String folded = VietnameseText.fold(member.fullName());
        boolean namesake = staffNames.stream().map(VietnameseText::fold).anyMatch(folded::equals);
        if (namesake && !member.notStaffConfirmed()) {
            throw DomainException.invalid("oversight.member-staff-namesake");
        }
    }
}
