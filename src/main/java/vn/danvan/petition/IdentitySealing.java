package vn.danvan.petition;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.domain.IdentityVault;
import vn.danvan.petition.domain.PetitionPolicy;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * The identity vault's face for other modules that keep a denouncer's identity of their own (a visit of a
 * denouncer at the reception desk): the same encryption as petitions, and the same rule to read it — only
 * staff holding the identity permission, every view and every refusal audited (Luật Tố cáo 2018 Đ.9(1)(b),
 * Đ.47).
 */
@Service
@Transactional
public class IdentitySealing {

    private final IdentityVault vault;
    private final PetitionPolicy policy;
    private final AuditTrail audit;

    IdentitySealing(IdentityVault vault, PetitionPolicy policy, AuditTrail audit) {
        this.vault = vault;
        this.policy = policy;
        this.audit = audit;
    }

    public byte[] seal(PetitionerIdentity identity) {
        return vault.seal(identity);
    }

    /**
     * Opens a sealed identity for the system to move it, for example into the petition a visit becomes;
     * never to show it: {@link #reveal} is the only way to a screen.
     */
    public PetitionerIdentity open(byte[] sealed) {
        return vault.open(sealed);
    }

    /** Whether the staff member may read sealed identities now (the page offers the button only then). */
    @Transactional(readOnly = true)
    public boolean mayReveal(StaffMember staff) {
        return policy.holdsIdentityPermission(staff);
    }

    /**
     * Opens a sealed identity for a permitted staff member, audited against its subject as
     * {@code <module>.identity-viewed}; a refusal is audited as {@code <module>.identity-refused}.
     */
    public PetitionerIdentity reveal(
            byte[] sealed, StaffMember staff, String module, String subjectType, long subjectId) {
        if (!policy.holdsIdentityPermission(staff)) {
            audit.recordRefusal(module + ".identity-refused", subjectType, subjectId, Map.of());
            throw DomainException.forbidden("petition.identity-confidential");
        }
        audit.record(module + ".identity-viewed", subjectType, subjectId, Map.of());
        return vault.open(sealed);
    }
}
