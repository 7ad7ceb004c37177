package vn.pdv.unit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs}, generated from the controllers, with the bearer token every call needs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI unitServiceApi() {
        return new OpenAPI().info(new Info()
                .title("PDV — dịch vụ đảng ủy cơ sở / unit service")
                .description("Ghi nhận quá trình phát triển đảng viên của một đảng ủy và các chi bộ trực thuộc. "
                        + "Records a committee's candidate pipeline; errors are RFC 9457 problem details in "
                        + "Vietnamese (title, detail) with English counterparts (titleEn, detailEn).")
                .version("0.1.0"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Mã truy cập của nhà cung cấp định danh của tỉnh (Keycloak, realm pdv). "
                                + "An access token of the province's identity provider: audience pdv, the account's "
                                + "unit in claim unit, its roles in realm_access.roles. 401 without it, 403 when the "
                                + "role or unit does not allow the call.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
