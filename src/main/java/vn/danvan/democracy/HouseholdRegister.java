package vn.danvan.democracy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.democracy.HouseholdCommands.EditHousehold;
import vn.danvan.democracy.domain.DisclosurePolicy;
import vn.danvan.democracy.domain.Household;
import vn.danvan.democracy.domain.HouseholdChange;
import vn.danvan.democracy.domain.HouseholdFile;
import vn.danvan.democracy.persistence.Households;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.AuditTrail;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnameseText;

/**
 * The household register of a commune's hamlets and residential groups: who represents each household when the
 * community discusses and decides (Luật THDCCS 2022 Đ.15–23; NĐ 59/2023: one ballot a household). Kept by the
 * commune's People's Committee; loaded from a CSV file that is taken whole or not at all, then edited one household
 * at a time. Every change keeps what the household was and what it became, and is audited.
 */
@Service
@Transactional
public class HouseholdRegister {

    /** What an import did. */
    public record ImportResult(int added, int changed, int unchanged) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Households households;
    private final DisclosurePolicy policy;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    HouseholdRegister(
            Households households, DisclosurePolicy policy, OrganizationDirectory organization, AuditTrail audit) {
        this.households = households;
        this.policy = policy;
        this.organization = organization;
        this.audit = audit;
    }

    /**
     * Loads a register file for the body: new households are added, known ones (same hamlet and code) updated when
     * their facts differ. A malformed line refuses the whole file before anything is written, naming the line.
     */
    public ImportResult importFile(long bodyId, String text, StaffMember staff) {
        Body body = DisclosurePolicy.requirePublisher(
                organization.body(bodyId).orElseThrow(() -> DomainException.invalid("democracy.body-unknown")));
        policy.requireWork(staff, body.id());
        List<HouseholdFile.Line> lines = HouseholdFile.read(text);
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        String commune = Objects.requireNonNull(body.communeCode());
        for (HouseholdFile.Line line : lines) {
            long hamlet = households.hamlet(body.id(), commune, line.hamlet(), line.kind());
            var known = households.lockByCode(hamlet, line.code());
            EditHousehold facts =
                    new EditHousehold(line.headName(), line.representativeName(), line.address(), line.members(), null);
            if (known.isEmpty()) {
                long id = households.add(hamlet, line);
                households.recordChange(id, staff.username(), "IMPORTED", null, json(facts(facts)), null);
                added++;
            } else if (!known.get().facts().equals(facts(facts))) {
                households.update(known.get().id(), facts);
                households.recordChange(
                        known.get().id(),
                        staff.username(),
                        "REIMPORTED",
                        json(known.get().facts()),
                        json(facts(facts)),
                        null);
                changed++;
            } else {
                unchanged++;
            }
        }
        audit.record(
                "household.imported",
                "body",
                body.id(),
                Map.of("added", added, "changed", changed, "unchanged", unchanged));
        return new ImportResult(added, changed, unchanged);
    }

    /** New facts of one household; the change keeps the old ones and the reason. */
    public Household edit(long householdId, EditHousehold command, StaffMember staff) {
        Household before =
                households.lock(householdId).orElseThrow(() -> DomainException.notFound("democracy.household.unknown"));
        long bodyId = households.bodyOf(householdId).orElseThrow();
        policy.requireWork(staff, bodyId);
        EditHousehold facts = new EditHousehold(
                VietnameseText.canonical(command.headName()),
                VietnameseText.canonical(command.representativeName()),
                command.address() == null || command.address().isBlank()
                        ? null
                        : VietnameseText.canonical(command.address()),
                command.members(),
                command.reason());
        if (before.facts().equals(facts(facts))) {
            return before;
        }
        households.update(householdId, facts);
        households.recordChange(
                householdId,
                staff.username(),
                "EDITED",
                json(before.facts()),
                json(facts(facts)),
                command.reason() == null || command.reason().isBlank()
                        ? null
                        : command.reason().strip());
        audit.record("household.edited", "household", householdId, Map.of("version", before.version() + 1));
        return households.find(householdId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Household> register(long bodyId, StaffMember staff) {
        DisclosurePolicy.requireVisible(staff, bodyId);
        return households.of(bodyId);
    }

    @Transactional(readOnly = true)
    public Household household(long householdId, StaffMember staff) {
        Household household =
                households.find(householdId).orElseThrow(() -> DomainException.notFound("democracy.household.unknown"));
        DisclosurePolicy.requireVisible(staff, households.bodyOf(householdId).orElseThrow());
        return household;
    }

    @Transactional(readOnly = true)
    public List<HouseholdChange> history(long householdId) {
        return households.history(householdId);
    }

    private static Map<String, Object> facts(EditHousehold facts) {
        return new Household(
                        0,
                        0,
                        "",
                        HamletKind.HAMLET,
                        "",
                        facts.headName(),
                        facts.representativeName(),
                        facts.address(),
                        facts.members(),
                        0)
                .facts();
    }

    private static String json(Map<String, Object> facts) {
        return JSON.writeValueAsString(facts);
    }
}
