package vn.danvan.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.domain.StaffAccountSummary;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;

/**
 * Administrative units, bodies and staff accounts over REST. Units are reference data every staff member may read;
 * a staff member sees the bodies in their scope; adding a body and listing or adding staff accounts is for
 * administrators, as on the admin pages ({@link SecurityConfiguration} guards those paths). The checks are the
 * admin forms' own ({@link BodyForm#check}, {@link StaffForm#check}). No answer carries a password or its hash.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organization", description = "Đơn vị hành chính, cơ quan, tài khoản cán bộ")
class OrganizationApi {

    static final int MOST_COMMUNES = 200;

    record CommunePage(int total, int page, int size, List<AdministrativeUnit> communes) {}

    record NewBody(
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = InputText.NAME) String name,
            @NotNull BodyKind kind,
            @NotNull vn.danvan.organization.UnitLevel level,
            @Nullable @Size(max = 10) String provinceCode,
            @Nullable @Size(max = 10) String communeCode,
            @Nullable Long superiorId) {

        BodyForm form() {
            return new BodyForm(code, name, kind, level, provinceCode, communeCode, superiorId);
        }
    }

    record NewStaff(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
            String username,

            @NotBlank @Size(min = StaffForm.MINIMUM_PASSWORD_LENGTH, max = 200)
            String password,

            @NotBlank @Size(max = InputText.NAME) String fullName,
            @Nullable @Size(max = 254) String email,
            @NotNull Long bodyId,
            @NotEmpty Set<Role> roles,
            @Nullable Boolean requestIdentityPermission) {

        StaffForm form() {
            return new StaffForm(username, password, fullName, email, bodyId, roles, requestIdentityPermission);
        }
    }

    private static final Method ADD_BODY;
    private static final Method ADD_STAFF;

    static {
        try {
            ADD_BODY = OrganizationApi.class.getDeclaredMethod("addBody", NewBody.class);
            ADD_STAFF = OrganizationApi.class.getDeclaredMethod("addStaff", NewStaff.class, StaffMember.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private final OrganizationDirectory directory;
    private final OrganizationAdministration administration;

    OrganizationApi(OrganizationDirectory directory, OrganizationAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    // ---- administrative units -----------------------------------------------------------------------

    @Operation(summary = "The provinces in force")
    @GetMapping("/units/provinces")
    List<AdministrativeUnit> provinces() {
        return directory.provinces();
    }

    @GetMapping("/units/provinces/{code}")
    AdministrativeUnit province(@PathVariable String code) {
        return directory.province(code).orElseThrow(() -> DomainException.notFound("organization.unit.unknown", code));
    }

    @Operation(
            summary = "Communes in force whose name contains the query",
            description = "Ignores case, diacritics and where the tone mark sits (\"hoa\" finds Hòa and Hoà)")
    @GetMapping("/units/communes")
    CommunePage communes(
            @RequestParam(defaultValue = "") @Size(max = InputText.NAME) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "At most 200") @RequestParam(defaultValue = "50") @Min(1) @Max(MOST_COMMUNES)
                    int size) {
        return new CommunePage(directory.countCommunes(q), page, size, directory.searchCommunes(q, page * size, size));
    }

    @GetMapping("/units/communes/{code}")
    AdministrativeUnit commune(@PathVariable String code) {
        return directory.commune(code).orElseThrow(() -> DomainException.notFound("organization.unit.unknown", code));
    }

    // ---- bodies -------------------------------------------------------------------------------------

    @Operation(summary = "The bodies in the caller's scope (all of them for administrators)")
    @GetMapping("/bodies")
    List<Body> bodies(StaffMember staff) {
        return directory.bodies().stream().filter(b -> staff.inScope(b.id())).toList();
    }

    @GetMapping("/bodies/{id}")
    Body body(@PathVariable long id, StaffMember staff) {
        return directory
                .body(id)
                .filter(b -> staff.inScope(b.id()))
                .orElseThrow(() -> DomainException.notFound("organization.body.unknown", id));
    }

    @Operation(summary = "Add a body (administrators)")
    @PostMapping(path = "/bodies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Body> addBody(@Valid @RequestBody NewBody request) throws MethodArgumentNotValidException {
        BodyForm form = request.form();
        BindingResult errors = new BeanPropertyBindingResult(form, "body");
        form.check(directory, errors);
        refuse(errors, ADD_BODY);
        Body body = administration.addBody(
                request.code().strip(),
                request.name().strip(),
                request.kind(),
                request.level(),
                form.province(directory),
                form.commune(),
                request.superiorId());
        return ResponseEntity.created(URI.create("/api/v1/bodies/" + body.id())).body(body);
    }

    // ---- staff accounts -----------------------------------------------------------------------------

    @Operation(summary = "Every staff account (administrators); never a password or its hash")
    @GetMapping("/staff")
    List<StaffAccountSummary> staff() {
        return administration.staffAccounts();
    }

    @GetMapping("/staff/{id}")
    StaffAccountSummary staffAccount(@PathVariable long id) {
        return administration.staffAccounts().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("organization.staff.unknown", id));
    }

    @Operation(
            summary = "Add a staff account (administrators)",
            description = "requestIdentityPermission only requests the permission to read denouncers' identities: "
                    + "a head of the body must approve it (docs/security.md)")
    @PostMapping(path = "/staff", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<StaffAccountSummary> addStaff(@Valid @RequestBody NewStaff request, StaffMember administrator)
            throws MethodArgumentNotValidException {
        StaffForm form = request.form();
        BindingResult errors = new BeanPropertyBindingResult(form, "staff");
        form.check(errors);
        refuse(errors, ADD_STAFF);
        long id = administration.addStaff(
                administrator,
                request.username().strip(),
                request.password(),
                request.fullName().strip(),
                form.emailOrNull(),
                Objects.requireNonNull(request.bodyId()),
                form.chosenRoles(),
                form.identityPermitted());
        StaffAccountSummary account = administration.staffAccounts().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(account);
    }

    /** The admin form's refusals, as the same problem+json as a bean-validation failure. */
    private static void refuse(BindingResult errors, Method handler) throws MethodArgumentNotValidException {
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(new MethodParameter(handler, 0), errors);
        }
    }
}
