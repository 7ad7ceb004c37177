package vn.pdv.common.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The two pages the login needs before the services have pages of their own: who is signed in (with the logout
 * button), and the refusal. Vietnamese first, English beneath; the web pages' own layout replaces them.
 */
public final class Pages {

    private Pages() {
    }

    /** The home page of a signed-in {@code caller} at the service titled {@code service}. */
    public static String signedIn(String service, Caller caller, CsrfToken csrf) {
        String roles = caller.roles().stream().map(role -> role.vi() + " (" + role.en() + ")")
                .collect(Collectors.joining(", "));
        return page(service, "<h1>" + escape(service) + "</h1>"
                + "<p>Xin chào <strong>" + escape(caller.name()) + "</strong> — đơn vị <strong>"
                + escape(String.valueOf(caller.unit())) + "</strong>.</p>"
                + "<p>Vai trò / roles: " + (roles.isEmpty() ? "không có / none" : escape(roles)) + "</p>"
                + "<form method=\"post\" action=\"logout\"><input type=\"hidden\" name=\"" + escape(csrf.getParameterName())
                + "\" value=\"" + escape(csrf.getToken()) + "\"><button type=\"submit\">Đăng xuất / Log out</button></form>");
    }

    /** The pages' refusal: 403 with what was missing. */
    public static AccessDeniedHandler forbidden() {
        return Pages::forbidden;
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String vi = denied instanceof AccessRefused refused ? refused.vi() : "Tài khoản của bạn không có quyền xem trang này.";
        String en = denied instanceof AccessRefused refused ? refused.en() : "Your account may not see this page.";
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(page("Không có quyền truy cập", "<h1>Không có quyền truy cập</h1><p>" + escape(vi)
                + "</p><p lang=\"en\">Access refused. " + escape(en) + "</p>"));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><main>" + body + "</main></body></html>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
