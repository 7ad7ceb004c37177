package vn.pdv.unit.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs}, generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI unitServiceApi() {
        return new OpenAPI().info(new Info()
                .title("PDV — dịch vụ đảng ủy cơ sở / unit service")
                .description("Ghi nhận quá trình phát triển đảng viên của một đảng ủy và các chi bộ trực thuộc. "
                        + "Records a committee's candidate pipeline; errors are RFC 9457 problem details in "
                        + "Vietnamese (title, detail) with English counterparts (titleEn, detailEn).")
                .version("0.1.0"));
    }
}
