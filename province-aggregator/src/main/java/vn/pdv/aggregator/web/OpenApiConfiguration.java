package vn.pdv.aggregator.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs}, generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI aggregatorApi() {
        return new OpenAPI().info(new Info()
                .title("PDV — tổng hợp cấp tỉnh / province aggregator")
                .description("Tiến độ thực hiện chỉ tiêu phát triển đảng viên ở mọi cấp, tính trực tiếp từ sự kiện "
                        + "của các đảng ủy. Plan fulfilment at every level, live from the committees' events; "
                        + "completeness of each committee's log.")
                .version("0.1.0"));
    }
}
