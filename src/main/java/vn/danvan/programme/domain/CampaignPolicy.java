package vn.danvan.programme.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.CampaignKind;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * Who may run a campaign: staff of the organising body (or above it) in a mobilisation, head-of-body or
 * administrator role. Who may organise a relief campaign (NĐ 93/2021 Đ.2, 6): the Fatherland Front and its Ban Vận
 * động, the Red Cross and other member organisations, the People's Committees when authorised, and other
 * organisations with legal personality. Extending the receiving period is for a Ban Vận động cấp tỉnh or above
 * (Đ.8). Refusals out of scope are audited.
 */
@Component
public class CampaignPolicy {

    private static final Set<Role> WORKERS = EnumSet.of(Role.HEAD_OF_BODY, Role.MOBILISATION_STAFF, Role.ADMINISTRATOR);
    private static final Set<BodyKind> RELIEF_ORGANISERS = EnumSet.of(
            BodyKind.FATHERLAND_FRONT, BodyKind.MEMBER_ORGANISATION, BodyKind.PEOPLES_COMMITTEE, BodyKind.OTHER);

    private final AuditTrail audit;

    CampaignPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    public void requireWork(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            audit.recordRefusal("campaign.refused", "body", bodyId, Map.of("reason", "out-of-scope"));
            throw DomainException.forbidden("campaign.out-of-scope");
        }
        if (WORKERS.stream().noneMatch(staff::has)) {
            throw DomainException.forbidden("campaign.role-required");
        }
    }

    public static void requireVisible(StaffMember staff, long bodyId) {
        if (!staff.inScope(bodyId)) {
            throw DomainException.forbidden("campaign.out-of-scope");
        }
    }

    public static void requireOrganiser(Body body, CampaignKind kind) {
        if (kind.handlesMoney() && !RELIEF_ORGANISERS.contains(body.kind())) {
            throw DomainException.invalid("campaign.not-an-organiser", body.name());
        }
    }

    /** Đ.8: "Ban Vận động cấp tỉnh trở lên" extends the receiving period. */
    public static void requireProvincialLevel(StaffMember staff, Body staffBody) {
        if (!staff.allBodies() && staffBody.level() == UnitLevel.COMMUNE) {
            throw DomainException.forbidden("campaign.extension-by-province");
        }
    }
}
