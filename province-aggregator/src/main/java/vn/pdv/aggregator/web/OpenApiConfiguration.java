package vn.pdv.aggregator.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;

/**
 * The API description at {@code /v3/api-docs}, generated from the controllers. A unit code and a period travel as
 * text ({@link RequestValues} reads them), so the description shows them as strings, not as the records they become.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    static {
        SpringDocUtils.getConfig().replaceWithClass(UnitCode.class, String.class).replaceWithClass(Period.class, String.class);
    }

    @Bean
    OpenAPI aggregatorApi() {
        return new OpenAPI().info(new Info()
                .title("PDV — tổng hợp cấp tỉnh / province aggregator")
                .description("Tiến độ thực hiện chỉ tiêu phát triển đảng viên ở mọi cấp, tính trực tiếp từ sự kiện "
                        + "của các đảng ủy. Plan fulfilment at every level, live from the committees' events; "
                        + "completeness of each committee's log.")
                .version("0.1.0"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Mã truy cập của nhà cung cấp định danh của tỉnh (Keycloak, realm pdv). "
                                + "An access token of the province's identity provider: audience pdv, the account's "
                                + "unit in claim unit, its roles in realm_access.roles. A province administrator reads "
                                + "and changes everything; other accounts read their unit's subtree as it stood on "
                                + "the day asked. 401 without a valid token, 403 when the role or unit does not allow "
                                + "the call.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
