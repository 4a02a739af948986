package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DanvanIntegrationTest
class ApplicationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> get(String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void runsOnARealPostgresqlMigratedByFlyway() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("18.");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void apiWithoutCredentialsAnswersProblemJsonInVietnamese() throws Exception {
        var response = get("/api/v1/petitions");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Cần xác thực");
    }

    @Autowired
    org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties tomcat;

    @Test
    void forwardedAddressesAreBelievedFromTheLoopbackProxyOnlyNotFromAnyPrivateAddress() {
        var proxies = java.util.regex.Pattern.compile(tomcat.getRemoteip().getInternalProxies());
        assertThat(proxies.matcher("127.0.0.1").matches()).isTrue();
        assertThat(proxies.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(proxies.matcher("10.0.0.7").matches()).isFalse();
        assertThat(proxies.matcher("192.168.1.20").matches()).isFalse();
        assertThat(proxies.matcher("172.16.0.3").matches()).isFalse();
    }
}
