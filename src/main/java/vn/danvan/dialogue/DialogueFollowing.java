package vn.danvan.dialogue;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;

/**
 * Whose dialogues and commitments a staff member follows: those of the bodies in their scope and, for staff of
 * the Fatherland Front, those of every body in the Front's area (the whole province for a provincial Front, its
 * commune for a commune's). The Front co-convenes the people's dialogues and supervises what is promised in them
 * (Luật THDCCS 2022 Đ.32, Đ.34; Luật MTTQ 2015 Đ.25–27), yet convenes few of them itself: by scope alone it saw
 * none. Following is reading: recording progress stays with the owner's and conveners' staff.
 */
@Service
public class DialogueFollowing {

    private final OrganizationDirectory organization;

    DialogueFollowing(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The bodies whose dialogues and commitments the staff member sees. */
    public Set<Long> followedBodies(StaffMember staff) {
        Body own = organization.body(staff.bodyId()).orElse(null);
        return organization.bodies().stream()
                .filter(body -> staff.inScope(body.id()) || own != null && inFrontArea(own, body))
                .map(Body::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean follows(StaffMember staff, long bodyId) {
        if (staff.inScope(bodyId)) {
            return true;
        }
        Body own = organization.body(staff.bodyId()).orElse(null);
        return own != null
                && organization
                        .body(bodyId)
                        .filter(body -> inFrontArea(own, body))
                        .isPresent();
    }

    private static boolean inFrontArea(Body front, Body body) {
        if (front.kind() != BodyKind.FATHERLAND_FRONT || front.provinceCode() == null) {
            return false;
        }
        if (!front.provinceCode().equals(body.provinceCode())) {
            return false;
        }
        return front.level() == UnitLevel.PROVINCE || Objects.equals(front.communeCode(), body.communeCode());
    }
}
