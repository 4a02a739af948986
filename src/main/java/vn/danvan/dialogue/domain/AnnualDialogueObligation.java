package vn.danvan.dialogue.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.dialogue.persistence.Dialogues;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;

/**
 * The commune's People's Committee, with the Fatherland Front, holds a dialogue with the people at least
 * once a year (Luật Thực hiện dân chủ ở cơ sở 2022 Đ.32): which commune bodies have, and which are late.
 */
@Service
@Transactional(readOnly = true)
public class AnnualDialogueObligation {

    /** From October on, a body without its annual dialogue is flagged. */
    static final int FLAG_FROM_MONTH = 10;

    public enum Status {
        HELD,
        PENDING,
        AT_RISK,
        MISSED
    }

    public record Standing(Body body, int year, int held, Status status) {}

    private final Dialogues dialogues;
    private final OrganizationDirectory organization;

    AnnualDialogueObligation(Dialogues dialogues, OrganizationDirectory organization) {
        this.dialogues = dialogues;
        this.organization = organization;
    }

    public List<Standing> standings(int year, LocalDate today, StaffMember staff) {
        return organization.bodies().stream()
                .filter(body -> body.level() == UnitLevel.COMMUNE
                        && staff.inScope(body.id())
                        && (body.kind() == BodyKind.PEOPLES_COMMITTEE || body.kind() == BodyKind.FATHERLAND_FRONT))
                .map(body -> standing(body, year, today))
                .toList();
    }

    public Standing standing(Body body, int year, LocalDate today) {
        int held = dialogues.annualHeld(body.id(), year);
        Status status;
        if (held > 0) {
            status = Status.HELD;
        } else if (today.getYear() > year) {
            status = Status.MISSED;
        } else if (today.getYear() == year && today.getMonthValue() >= FLAG_FROM_MONTH) {
            status = Status.AT_RISK;
        } else {
            status = Status.PENDING;
        }
        return new Standing(body, year, held, status);
    }
}
