package vn.danvan.petition;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;

/** Builds bodies, staff and petitions through the real modules, with unique codes per call. */
@Component
class PetitionFixtures {

    static final String PROVINCE = "46";
    static final String COMMUNE_HOA = "19789";

    final OrganizationAdministration administration;
    final OrganizationDirectory directory;
    final PetitionIntake intake;
    final JdbcClient jdbc;
    final AdministrativeUnitImport units;

    PetitionFixtures(
            OrganizationAdministration administration,
            OrganizationDirectory directory,
            PetitionIntake intake,
            JdbcClient jdbc,
            AdministrativeUnitImport units) {
        this.units = units;
        this.administration = administration;
        this.directory = directory;
        this.intake = intake;
        this.jdbc = jdbc;
        ensureUnits();
    }

    /** Real units with their official data, imported as an administrator would (idempotent, matches data/admin-units). */
    private void ensureUnits() {
        units.importProvinces(csv("""
                code,name,name_en,full_name,full_name_en,type,type_name
                46,Huế,Hue,Thành phố Huế,Hue City,thanh_pho_truc_thuoc_trung_uong,Thành phố trực thuộc trung ương
                """));
        units.importCommunes(csv("""
                code,name,name_en,full_name,full_name_en,type,type_name,province_code
                19753,Phú Xuân,Phu Xuan,Phường Phú Xuân,Phu Xuan Ward,phuong,Phường,46
                19789,Thuận Hoá,Thuan Hoa,Phường Thuận Hoá,Thuan Hoa Ward,phuong,Phường,46
                """));
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    record Setting(
            Body province,
            Body commune,
            StaffMember provinceHandler,
            StaffMember communeHandler,
            StaffMember provinceReception,
            StaffMember confidant,
            StaffMember observer) {}

    /** A provincial inspectorate with a commune People's Committee below it, and their staff. */
    Setting setting() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body province = administration.addBody(
                "TTR-" + suffix,
                "Thanh tra tỉnh " + suffix,
                BodyKind.INSPECTORATE,
                UnitLevel.PROVINCE,
                PROVINCE,
                null,
                null);
        Body commune = administration.addBody(
                "UBX-" + suffix,
                "UBND xã Hoà Bình " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.COMMUNE,
                PROVINCE,
                COMMUNE_HOA,
                province.id());
        return new Setting(
                province,
                commune,
                staff("handler-" + suffix, province, EnumSet.of(Role.CASE_HANDLER, Role.HEAD_OF_BODY), false),
                staff("commune-" + suffix, commune, EnumSet.of(Role.CASE_HANDLER, Role.RECEPTION_OFFICER), false),
                staff("reception-" + suffix, province, EnumSet.of(Role.RECEPTION_OFFICER), false),
                staff("confidant-" + suffix, province, EnumSet.of(Role.HEAD_OF_BODY), true),
                staff("observer-" + suffix, province, EnumSet.of(Role.MOBILISATION_STAFF), false));
    }

    StaffMember staff(String username, Body body, Set<Role> roles, boolean mayViewIdentity) {
        long id = administration.addStaff(
                username, "mat-khau-du-dai-" + username, "Cán bộ " + username, null, body.id(), roles, mayViewIdentity);
        return new StaffMember(
                id,
                username,
                "Cán bộ " + username,
                body.id(),
                roles,
                directory.bodyWithSubordinates(body.id()),
                false,
                mayViewIdentity);
    }

    static ReceivePetition petition(long bodyId, PetitionType type, LocalDate receivedOn, String title) {
        return new ReceivePetition(
                bodyId,
                Channel.IN_PERSON,
                null,
                null,
                null,
                type,
                "LAND",
                null,
                false,
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                new PetitionerIdentity(
                        "Nguyễn Văn An",
                        "001080000001",
                        "Thôn 1, xã Hoà Bình",
                        "0912000001",
                        "an@example.vn",
                        List.of()),
                title,
                "Nội dung: " + title,
                COMMUNE_HOA,
                receivedOn,
                false,
                null,
                null);
    }

    static ReceivePetition withRelation(
            ReceivePetition base, String relatedCode, Relation relation, Instance instance) {
        return new ReceivePetition(
                base.bodyId(),
                base.channel(),
                base.sourceKind(),
                base.sourceName(),
                base.sourceReference(),
                base.type(),
                base.fieldCode(),
                instance,
                base.anonymous(),
                base.petitionerKind(),
                base.petitionerCount(),
                base.representativeCount(),
                base.petitioner(),
                base.title(),
                base.content(),
                base.communeCode(),
                base.receivedOn(),
                base.remoteArea(),
                relatedCode,
                relation);
    }

    int auditRows(long petitionId) {
        return jdbc.sql("select count(*) from shared.audit_event where subject_type = 'petition' and subject_id = ?")
                .param(String.valueOf(petitionId))
                .query(Integer.class)
                .single();
    }
}
