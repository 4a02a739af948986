package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    public enum Status { HELD, PENDING, AT_RISK, MISSED }

    public record Standing(Body body, int year, int held, Status status) {
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;

    AnnualDialogueObligation(JdbcClient jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public List<Standing> standings(int year, LocalDate today, StaffMember staff) {
        return organization.bodies().stream()
                .filter(body -> body.level() == UnitLevel.COMMUNE && staff.inScope(body.id())
                        && (body.kind() == BodyKind.PEOPLES_COMMITTEE || body.kind() == BodyKind.FATHERLAND_FRONT))
                .map(body -> standing(body, year, today)).toList();
    }

    Standing standing(Body body, int year, LocalDate today) {
        int held = jdbc.sql("""
                select count(*) from dialogue.dialogue
                where kind = 'ANNUAL_GRASSROOTS' and (convener_body_id = :body or co_convener_body_id = :body)
                  and held_on between :first and :last
                """).param("body", body.id()).param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31)).query(Integer.class).single();
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
