package vn.danvan.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.danvan.ApiClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** The OpenAPI document tells a client how to sign in, what it must send and what it gets back. */
@DanvanIntegrationTest
class ApiDocumentationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    JsonNode document;

    @BeforeEach
    void setUp() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var body = administration.addBody(
                "AD-" + suffix, "Văn phòng " + suffix, BodyKind.OTHER, UnitLevel.CENTRAL, null, null, null);
        String admin = "tailieu-" + suffix;
        administration.addStaff(
                admin, "mat-khau-" + admin, "Quản trị", null, body.id(), EnumSet.of(Role.ADMINISTRATOR), false);
        var answer = new ApiClient(port).call(admin, "mat-khau-" + admin, "GET", "/v3/api-docs", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        document = ApiClient.json(answer);
    }

    List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (operation.getValue().isObject() && operation.getValue().has("responses")) {
                    operations.add(operation.getValue());
                }
            }
        }
        return operations;
    }

    @Test
    void theDocumentDeclaresTheBearerTokenAndBasicAndAppliesThem() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerToken").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearerToken").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(document.path("security").toString()).contains("bearerToken").contains("basic");
    }

    @Test
    void noOperationListsTheSignedInStaffMemberAsAParameter() {
        assertThat(document.path("paths").size()).isGreaterThan(20);
        assertThat(document.findValues("parameters").stream()
                        .flatMap(parameters -> parameters.valueStream())
                        .map(parameter -> parameter.path("name").asString()))
                .isNotEmpty()
                .doesNotContain("staff", "administrator");
    }

    @Test
    void registeringAPetitionIsDocumentedAs201WithItsRequiredFields() {
        JsonNode receive = document.path("paths").path("/api/v1/petitions").path("post");
        assertThat(receive.path("responses").has("201")).isTrue();
        assertThat(receive.path("responses").has("200")).isFalse();
        assertThat(receive.path("responses").has("422")).isTrue();
        String ref = receive.path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString();
        JsonNode schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(schema.path("required").valueStream().map(JsonNode::asString))
                .contains("bodyId", "channel", "type", "title", "content", "receivedOn");
        for (String created : new String[] {
            "/api/v1/reception/sessions",
            "/api/v1/reception/visits",
            "/api/v1/dialogues",
            "/api/v1/bodies",
            "/api/v1/staff"
        }) {
            assertThat(document.path("paths")
                            .path(created)
                            .path("post")
                            .path("responses")
                            .has("201"))
                    .as(created)
                    .isTrue();
        }
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        for (JsonNode operation : operations()) {
            JsonNode responses = operation.path("responses");
            for (String status : new String[] {"401", "403"}) {
                assertThat(responses
                                .path(status)
                                .path("content")
                                .path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asString())
                        .as("%s %s", operation.path("operationId").asString(), status)
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("errors")).isTrue();
        assertThat(document.path("paths")
                        .path("/api/v1/reception/visits/{id}")
                        .path("get")
                        .path("responses")
                        .has("404"))
                .isTrue();
    }
}
