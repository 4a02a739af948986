package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;

/** What a stranger on the network reaches: operators' endpoints, headers, the session cookie, the interfaces. */
@DanvanIntegrationTest
class ExposureIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ApiTokens tokens;

    final HttpClient http = HttpClient.newHttpClient();
    String suffix;
    StaffMember administrator;

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        Body body = administration.addBody(
                "VH-" + suffix,
                "Văn phòng " + suffix,
                BodyKind.PEOPLES_COMMITTEE,
                UnitLevel.PROVINCE,
                null,
                null,
                null);
        long adminId = administration.addStaff(
                "vanhanh-" + suffix,
                "mat-khau-du-dai-vanhanh",
                "Vận hành",
                null,
                body.id(),
                EnumSet.of(Role.ADMINISTRATOR),
                false);
        administration.addStaff(
                "canbo-" + suffix,
                "mat-khau-du-dai-canbo",
                "Cán bộ",
                null,
                body.id(),
                EnumSet.of(Role.CASE_HANDLER),
                false);
        administrator = new StaffMember(
                adminId,
                "vanhanh-" + suffix,
                "Vận hành",
                body.id(),
                EnumSet.of(Role.ADMINISTRATOR),
                directory.bodyWithSubordinates(body.id()),
                true,
                false);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metricsAndTheApiDocumentAreRefusedToStrangersAndStaffAndGivenToTheAdministrator() throws Exception {
        String staff = basic("canbo-" + suffix, "mat-khau-du-dai-canbo");
        String admin = basic("vanhanh-" + suffix, "mat-khau-du-dai-vanhanh");
        for (String path : new String[] {
            "/actuator/prometheus",
            "/actuator/info",
            "/v3/api-docs",
            "/v3/api-docs.yaml",
            "/swagger-ui.html",
            "/swagger-ui/index.html"
        }) {
            var anonymous = get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().allValues("WWW-Authenticate"))
                    .as("one challenge a header, Basic first")
                    .containsExactly("Basic realm=\"danvan\"", "Bearer realm=\"danvan\"");
            assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(get(path, "Authorization", staff).statusCode()).as(path).isEqualTo(403);
        }
        var metrics = get("/actuator/prometheus", "Authorization", admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(get("/v3/api-docs", "Authorization", admin).body()).contains("\"openapi\"");
        assertThat(get("/swagger-ui/index.html", "Authorization", admin).statusCode())
                .isEqualTo(200);

        // A scraper uses a token rather than a password.
        var scraper = tokens.issue(administrator, administrator.username(), "Prometheus", Duration.ofDays(30));
        assertThat(get("/actuator/prometheus", "Authorization", "Bearer " + scraper.token())
                        .statusCode())
                .isEqualTo(200);

        for (String probe :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var health = get(probe);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        }
    }

    @Test
    void everyDoorAnswersWithTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        for (String path :
                new String[] {"/login", "/portal", "/api/v1/petitions", "/open311/v2/services.json", "/actuator/health"
                }) {
            var plain = get(path);
            assertThat(plain.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(plain.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(plain.headers().firstValue("Permissions-Policy").orElse(""))
                    .as(path)
                    .contains("camera=()");
            assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .isEmpty();

            var behindTls = get(path, "X-Forwarded-Proto", "https");
            assertThat(behindTls
                            .headers()
                            .firstValue("Strict-Transport-Security")
                            .orElse(""))
                    .as(path)
                    .contains("max-age=31536000");
        }
        for (String page : new String[] {"/login", "/portal"}) {
            assertThat(get(page).headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(page)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
        }
    }

    @Test
    void theSessionCookieIsSecureBehindTlsAndStrictAboutOtherSites() throws Exception {
        var behindTls = get("/login", "X-Forwarded-Proto", "https");
        String cookie = behindTls.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");

        var plain = get("/login");
        assertThat(plain.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("SESSION="))
                        .findFirst()
                        .orElseThrow())
                .doesNotContain("Secure");
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceOnly() throws Exception {
        var outside = NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
        Assumptions.assumeTrue(outside.isPresent(), "no network interface besides loopback");
        try (var loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        assertThatThrownBy(() -> {
                    try (var socket = new Socket()) {
                        socket.connect(new InetSocketAddress(outside.get(), port), 2000);
                    }
                })
                .isInstanceOf(ConnectException.class);
    }
}
