package vn.danvan.open311.web;

import static vn.danvan.shared.InputText.isBlank;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.open311.ApiClientManagement;
import vn.danvan.open311.domain.ServiceCode;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.petition.CitizenDesk;
import vn.danvan.petition.CitizenDesk.RequestFilter;
import vn.danvan.petition.CitizenDesk.ServiceRequest;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.portal.CitizenSubmissions;
import vn.danvan.portal.CitizenSubmissions.Origin;
import vn.danvan.portal.LookupLimits;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.VietnamTime;

/**
 * Open311 GeoReport v2. Services are kiến nghị and phản ánh × fields ({@code FEEDBACK-ENVIRONMENT});
 * complaints and denunciations follow the procedures of the law and are not offered. A request's location
 * is the commune code in {@code address_id}, or a point ({@code lat}/{@code long}) or an address ({@code
 * address_string}) placed in a commune by {@link UnlocatedRequests}; what cannot be placed goes to the province's
 * reception office to be located by hand.
 * <p>
 * Open311 is a public door: it knows only requests sent online (through Open311 or the portal) whose author
 * agreed to publication ({@code attribute[PUBLISH]=yes} here, the box on the portal's form), and shows their
 * content only as published, masked. Every other case, whatever its code, is unknown to it.
 */
@RestController
class Open311Api {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(Open311Api.class);

    private final ApiClientManagement clients;
    private final CitizenSubmissions submissions;
    private final CitizenDesk petitions;
    private final PetitionQueries queries;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final LookupLimits lookups;
    private final Clock clock;
    private final NewServiceRequest.Locator locator;

    Open311Api(
            ApiClientManagement clients,
            CitizenSubmissions submissions,
            CitizenDesk petitions,
            PetitionQueries queries,
            OrganizationDirectory organization,
            MessageSource messages,
            LookupLimits lookups,
            Clock clock,
            UnlocatedRequests unlocated) {
        this.locator = unlocated;
        this.clients = clients;
        this.submissions = submissions;
        this.petitions = petitions;
        this.queries = queries;
        this.organization = organization;
        this.messages = messages;
        this.lookups = lookups;
        this.clock = clock;
    }

    @GetMapping("/open311/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base + "/open311/v2");
        endpoint.put("changeset", "2026-11-23T00:00:00+07:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("changeset", "2026-11-23T00:00:00+07:00");
        document.put("contact", "Quản trị hệ thống danvan");
        document.put("key_service", "API keys are issued by the administrator of the platform (/admin/api-clients)");
        document.put("endpoints", List.of(endpoint));
        return known(format)
                .map(f -> Georeport.writeObject(f, "discovery", document))
                .orElseGet(this::unknownFormat);
    }

    @GetMapping("/open311/v2/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        if (known(format).isEmpty()) {
            return unknownFormat();
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (PetitionType type : ServiceCode.OFFERED) {
            for (PetitionQueries.Field field : queries.fields()) {
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("service_code", type.name() + "-" + field.code());
                service.put("service_name", serviceName(type, field));
                service.put("description", text("open311.service.description." + type.name()));
                service.put("metadata", true);
                service.put("type", "realtime");
                service.put(
                        "keywords",
                        type.name().toLowerCase(Locale.ROOT) + ","
                                + field.code().toLowerCase(Locale.ROOT));
                service.put("group", fieldName(field));
                services.add(service);
            }
        }
        return Georeport.write(format, HttpStatus.OK, "services", "service", services);
    }

    @GetMapping("/open311/v2/services/{code}.{format}")
    ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
        if (known(format).isEmpty()) {
            return unknownFormat();
        }
        if (service(code).isEmpty()) {
            return Georeport.error(format, HttpStatus.NOT_FOUND, text("open311.service-not-found", code));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("variable", true);
        publish.put("code", NewServiceRequest.PUBLISH);
        publish.put("datatype", "singlevaluelist");
        publish.put("required", false);
        publish.put("datatype_description", text("open311.attribute.publish.datatype"));
        publish.put("order", 1);
        publish.put("description", text("open311.attribute.publish"));
        publish.put(
                "values",
                List.of(
                        Map.of("key", "yes", "name", text("open311.attribute.publish.yes")),
                        Map.of("key", "no", "name", text("open311.attribute.publish.no"))));
        definition.put("attributes", List.of(publish));
        return Georeport.writeObject(format, "service_definition", definition);
    }

    /**
     * The two formats as fixed paths, not one pattern: a fixed path is found by a map lookup, a pattern by
     * trying every mapping of the application, which cost 5% of intake's processor time.
     */
    @PostMapping({"/open311/v2/requests.json", "/open311/v2/requests.xml"})
    ResponseEntity<String> create(
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            HttpServletRequest request,
            Locale locale) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        var sent = NewServiceRequest.of(form);
        var client = clients.authenticate(sent.apiKey());
        if (client.isEmpty()) {
            return Georeport.error(format, HttpStatus.FORBIDDEN, text("open311.api-key-invalid"));
        }
        String token = isBlank(idempotencyKey) ? UUID.randomUUID().toString() : idempotencyKey.strip();
        try {
            var submission = sent.toSubmission(
                    this::service, commune -> organization.commune(commune).isPresent(), locator);
            var receipt = submissions.submit(
                    submission,
                    List.of(),
                    new Origin(
                            "open311:" + client.get().id(),
                            token,
                            request.getRemoteAddr(),
                            null,
                            locale,
                            "open311-client:" + client.get().id()),
                    !isBlank(idempotencyKey));
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("service_request_id", receipt.trackingCode());
            created.put("token", token);
            created.put(
                    "service_notice",
                    text("open311.notice", receipt.expectedOn() == null ? "—" : DAY.format(receipt.expectedOn())));
            created.put("account_id", null);
            return Georeport.write(
                    format,
                    receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED,
                    "service_requests",
                    "request",
                    List.of(created));
        } catch (DomainException refused) {
            HttpStatus status = refused.status() == HttpStatus.TOO_MANY_REQUESTS
                            || refused.status() == HttpStatus.UNPROCESSABLE_CONTENT
                    ? refused.status()
                    : HttpStatus.BAD_REQUEST;
            return Georeport.error(format, status, text(refused.code(), refused.arguments()));
        }
    }

    @PostMapping("/open311/v2/requests.{format}")
    ResponseEntity<String> createInUnknownFormat(@PathVariable String format) {
        return unknownFormat();
    }

    @GetMapping("/open311/v2/requests.{format}")
    ResponseEntity<String> requests(
            @PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
            @RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
            @RequestParam(name = "start_date", required = false) @Nullable String startDate,
            @RequestParam(name = "end_date", required = false) @Nullable String endDate,
            @RequestParam(required = false) @Nullable String status) {
        if (known(format).isEmpty()) {
            return unknownFormat();
        }
        var query = new ServiceRequestQuery(ids, serviceCode, startDate, endDate, status);
        if (!lookups.admit(query.codes().size())) {
            return Georeport.error(
                    format, HttpStatus.TOO_MANY_REQUESTS, text("portal.too-many-lookups", lookups.perMinute()));
        }
        RequestFilter filter;
        try {
            filter = query.toFilter(this::service, OffsetDateTime.now(clock));
        } catch (DomainException refused) {
            return Georeport.error(format, HttpStatus.BAD_REQUEST, text(refused.code(), refused.arguments()));
        }
        var rows = petitions.serviceRequests(filter);
        return Georeport.write(
                format,
                HttpStatus.OK,
                "service_requests",
                "request",
                rows.stream().map(this::request).toList());
    }

    @GetMapping("/open311/v2/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        if (known(format).isEmpty()) {
            return unknownFormat();
        }
        if (!lookups.admit(1))
            return Georeport.error(
                    format, HttpStatus.TOO_MANY_REQUESTS, text("portal.too-many-lookups", lookups.perMinute()));
        var rows = petitions.serviceRequests(new RequestFilter(
                List.of(id.strip().toUpperCase(Locale.ROOT)),
                null,
                null,
                OffsetDateTime.MIN,
                OffsetDateTime.MAX,
                null,
                1));
        if (rows.isEmpty()) {
            return Georeport.error(format, HttpStatus.NOT_FOUND, text("open311.request-not-found", id));
        }
        return Georeport.write(format, HttpStatus.OK, "service_requests", "request", List.of(request(rows.getFirst())));
    }

    @GetMapping("/open311/v2/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        if (known(format).isEmpty()) {
            return unknownFormat();
        }
        // A token names a submission; only one Open311 may show (published with consent) is known here.
        var receipt = submissions
                .findByToken(token)
                .filter(found -> !petitions
                        .serviceRequests(new RequestFilter(
                                List.of(found.trackingCode()),
                                null,
                                null,
                                OffsetDateTime.MIN,
                                OffsetDateTime.MAX,
                                null,
                                1))
                        .isEmpty());
        if (receipt.isEmpty()) {
            return Georeport.error(format, HttpStatus.NOT_FOUND, text("open311.token-not-found", token));
        }
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("service_request_id", receipt.get().trackingCode());
        found.put("token", token);
        return Georeport.write(format, HttpStatus.OK, "service_requests", "request", List.of(found));
    }

    /**
     * Whatever else goes wrong answers in the specification's error shape, never a stack trace: a request
     * Spring could not read is the client's error (400); anything else is ours (500), and logged.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception failure, HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        if (failure instanceof ErrorResponse
                || failure instanceof IllegalArgumentException
                || failure instanceof TypeMismatchException) {
            return Georeport.error(format, HttpStatus.BAD_REQUEST, text("open311.bad-request"));
        }
        log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), failure);
        return Georeport.error(format, HttpStatus.INTERNAL_SERVER_ERROR, text("open311.failed"));
    }

    private Map<String, Object> request(ServiceRequest row) {
        Map<String, Object> request = new LinkedHashMap<>();
        var field = queries.fields().stream()
                .filter(f -> f.code().equals(row.fieldCode()))
                .findFirst();
        request.put("service_request_id", row.trackingCode());
        request.put("status", row.open() ? "open" : "closed");
        request.put(
                "status_notes",
                text("state." + row.state().name())
                        + (row.due() == null ? "" : " — " + text("open311.due", DAY.format(row.due()))));
        request.put(
                "service_name",
                field.map(f -> serviceName(row.type(), f)).orElse(row.type().name()));
        request.put("service_code", row.type().name() + "-" + row.fieldCode());
        request.put("description", row.publishedContent());
        request.put(
                "agency_responsible",
                organization.body(row.bodyId()).map(Body::name).orElse(null));
        request.put("service_notice", row.publishedAnswer());
        request.put("requested_datetime", iso(row.registeredAt()));
        request.put("updated_datetime", iso(row.updatedAt()));
        request.put(
                "expected_datetime",
                row.due() == null
                        ? null
                        : iso(row.due()
                                .atTime(LocalTime.of(17, 0))
                                .atZone(VietnamTime.ZONE)
                                .toOffsetDateTime()));
        request.put(
                "address",
                row.communeCode() == null
                        ? null
                        : organization
                                .commune(row.communeCode())
                                .map(AdministrativeUnit::fullName)
                                .orElse(null));
        request.put("address_id", row.communeCode());
        request.put("zipcode", null);
        request.put("lat", row.latitude());
        request.put("long", row.longitude());
        request.put("media_url", null);
        return request;
    }

    private Optional<ServiceCode> service(String code) {
        return ServiceCode.parse(
                code, queries.fields().stream().map(PetitionQueries.Field::code).toList());
    }

    private String serviceName(PetitionType type, PetitionQueries.Field field) {
        return text("type." + type.name()) + " — " + fieldName(field);
    }

    private static String fieldName(PetitionQueries.Field field) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? field.nameEn() : field.nameVi();
    }

    private static String iso(OffsetDateTime time) {
        return time.atZoneSameInstant(VietnamTime.ZONE)
                .toOffsetDateTime()
                .withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private String text(String code, Object... args) {
        // With a default message given, a message source always answers.
        return Objects.requireNonNull(messages.getMessage(code, args, code, LocaleContextHolder.getLocale()));
    }

    private static Optional<String> known(String format) {
        return "json".equals(format) || "xml".equals(format) ? Optional.of(format) : Optional.empty();
    }

    private ResponseEntity<String> unknownFormat() {
        return Georeport.error("json", HttpStatus.NOT_FOUND, text("open311.format-unknown"));
    }
}
