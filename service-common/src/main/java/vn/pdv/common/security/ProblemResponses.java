package vn.pdv.common.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.pdv.common.web.Problems;

/**
 * 401 and 403 of the API as the same problem details every other error has: a 401 keeps the
 * {@code WWW-Authenticate} header the bearer-token standard asks for; a 403 says which role or unit was missing.
 * Nothing has been written when either is sent: refusals happen before the handler runs.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        boolean noToken = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
        write(response, Problems.problem(HttpStatus.UNAUTHORIZED, noToken ? "login-required" : "invalid-token",
                noToken ? "Cần đăng nhập: gửi kèm mã truy cập (Authorization: Bearer …)."
                        : "Mã truy cập không hợp lệ (hết hạn, sai chữ ký, sai nơi cấp hoặc sai đối tượng). Hãy đăng nhập lại.",
                noToken ? "Login required: send an access token (Authorization: Bearer …)."
                        : "The access token is not valid (expired, wrongly signed, other issuer or other audience). Log in again.",
                null));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        write(response, forbidden(denied));
    }

    /** The 403 problem for a refusal; the advice of each service answers with it when a refusal is thrown in a handler. */
    public static ProblemDetail forbidden(AccessDeniedException denied) {
        if (denied instanceof AccessRefused refused) {
            return Problems.problem(HttpStatus.FORBIDDEN, refused.rule(), refused.vi(), refused.en(), null);
        }
        return Problems.problem(HttpStatus.FORBIDDEN, "role-required",
                "Tài khoản của bạn không có vai trò cần cho việc này.", "Your account lacks the role this needs.", null);
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach((key, value) -> {
                if (value != null) {
                    body.put(key, value);
                }
            });
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
