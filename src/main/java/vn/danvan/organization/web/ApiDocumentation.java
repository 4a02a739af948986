package vn.danvan.organization.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.danvan.organization.StaffMember;

/**
 * The OpenAPI document at {@code /v3/api-docs}: how to authenticate (a bearer token from the API token pages, or
 * HTTP Basic for a person trying the API), and the problem+json answers every operation may give. The signed-in
 * {@link StaffMember} a controller takes is resolved from the credentials, never sent by the client, so it is not
 * a parameter of any operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearerToken";
    static final String BASIC = "basic";
    static final String PROBLEM = "Problem";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffMember.class);
    }

    @Bean
    OpenAPI danvanOpenApi() {
        return new OpenAPI()
                .info(new Info().title("danvan API").version("v1").description("""
                                Công tác dân vận: đơn thư, tiếp công dân, đối thoại và cam kết, tổ chức. \
                                Mỗi thao tác có cùng quy tắc và phạm vi như trang của cán bộ. \
                                Lỗi trả về dạng RFC 9457 application/problem+json với tiêu đề và chi tiết tiếng Việt \
                                (tiếng Anh khi gửi Accept-Language: en)."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("dvt_…")
                                        .description("Mã truy cập cấp ở trang /account/tokens (phần mềm khác gọi API); "
                                                + "mang vai trò và phạm vi của tài khoản cán bộ được cấp."))
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Tên đăng nhập và mật khẩu cán bộ, để dùng thử API.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** The problem+json answers, added to each operation that does not state them itself. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            // Here rather than on the OpenAPI bean: springdoc drops schemas no operation refers to yet.
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                        item.readOperationsMap().entrySet()) {
                    document(path, entry.getKey(), entry.getValue());
                }
            });
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET;
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn()));
        if (hasInput || write || path.contains("{")) {
            problem(
                    responses,
                    "400",
                    "Yêu cầu không hợp lệ: dữ liệu sai kiểu, thiếu hoặc trái quy tắc (errors theo trường)");
        }
        problem(responses, "401", "Chưa xác thực: thiếu hoặc sai mã truy cập / mật khẩu");
        problem(responses, "403", "Không có quyền: vai trò hoặc phạm vi cơ quan không cho phép");
        if (path.contains("{")) {
            problem(responses, "404", "Không tìm thấy, hoặc ngoài phạm vi của tài khoản");
        }
        if (write) {
            problem(responses, "409", "Xung đột trạng thái: thao tác không hợp lệ ở trạng thái hiện tại");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            problem(responses, "422", "Idempotency-Key đã dùng cho một yêu cầu khác");
        }
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            "application/problem+json",
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("Trường bị lỗi"))
                .addProperty("message", new StringSchema().description("Lỗi, bằng tiếng Việt"))
                .addProperty(
                        "allowed",
                        new ArraySchema()
                                .items(new StringSchema())
                                .description("Các giá trị cho phép, khi trường là một danh mục"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema().description("Tiêu đề theo mã trạng thái, tiếng Việt"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("Chi tiết, tiếng Việt"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty(
                        "code", new StringSchema().description("Mã lỗi ổn định, ví dụ petition.already-transferred"))
                .addProperty("errors", new ArraySchema().items(error));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
