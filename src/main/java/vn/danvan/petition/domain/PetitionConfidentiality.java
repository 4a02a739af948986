package vn.danvan.petition.domain;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionerIdentity;
import vn.danvan.petition.persistence.Petitions;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;

/**
 * The only way to read a petitioner's identity. For a denunciation it takes the explicit permission
 * (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47) and every view is audited, in the same transaction as the read.
 */
@Service
@Transactional
public class PetitionConfidentiality {

    private final Petitions petitions;
    private final PetitionPolicy policy;
    private final IdentityVault vault;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    PetitionConfidentiality(
            Petitions petitions, PetitionPolicy policy, IdentityVault vault, AuditTrail audit, JdbcClient jdbc) {
        this.petitions = petitions;
        this.policy = policy;
        this.vault = vault;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public PetitionerIdentity reveal(long petitionId, StaffMember staff) {
        Petition petition = petitions
                .find(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition.not-found", petitionId));
        policy.requireVisible(staff, petition.bodyId(), petitionId);
        if (!policy.mayViewIdentity(staff, petition)) {
            audit.recordRefusal(
                    "petition.identity-refused",
                    "petition",
                    petitionId,
                    Map.of("type", petition.type().name()));
            throw DomainException.forbidden("petition.identity-confidential");
        }
        if (petition.identityCiphertext() == null) {
            throw DomainException.notFound("petition.no-identity");
        }
        audit.record(
                "petition.identity-viewed",
                "petition",
                petitionId,
                Map.of("type", petition.type().name()));
        jdbc.sql("""
                insert into petition.petition_event (petition_id, occurred_on, kind, actor, public)
                values (?, current_date, 'IDENTITY_VIEWED', ?, false)
                """).params(petitionId, AuditTrail.currentActor()).update();
        return vault.open(petition.identityCiphertext());
    }

    /** Whether the identity may be shown to this user (the page offers the button only then). */
    @Transactional(readOnly = true)
    public boolean mayReveal(long petitionId, StaffMember staff) {
        return petitions
                .find(petitionId)
                .map(p -> p.identityCiphertext() != null && policy.mayViewIdentity(staff, p))
                .orElse(false);
    }
}
