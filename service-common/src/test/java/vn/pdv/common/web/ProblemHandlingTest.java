package vn.pdv.common.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A value its type refuses and a parameter's own constraint come back in the one problem shape, naming the field and
 * the rule: the refusal's own words and rule for the first, the constraint's for the second.
 */
class ProblemHandlingTest {

    /** A code that must be upper case: its reader refuses anything else, saying so. */
    record Code(String value) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Code read(String text) {
            if (!text.equals(text.toUpperCase())) {
                throw new InvalidValue("invalid-code", "Mã \"" + text + "\" phải viết hoa.",
                        "Code \"" + text + "\" must be upper case.");
            }
            return new Code(text);
        }
    }

    record Codes(List<Code> codes) {
    }

    @RestController
    static class Things {

        @GetMapping("/things/{code}")
        String thing(@PathVariable Code code) {
            return code.value();
        }

        @GetMapping("/count")
        int count(@RequestParam @Min(1) int n) {
            return n;
        }

        @PostMapping("/codes")
        int codes(@Valid @RequestBody Codes codes) {
            return codes.codes().size();
        }
    }

    @RestControllerAdvice
    static class Advice extends ProblemHandling {
    }

    private final MockMvc mvc;

    ProblemHandlingTest() {
        FormattingConversionService conversions = new FormattingConversionService();
        conversions.addConverter(String.class, Code.class, Code::read);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new Things()).setControllerAdvice(new Advice())
                .setConversionService(conversions).setValidator(validator).build();
    }

    @Test
    void aPathValueItsTypeRefusesIsAProblemOfTheRefusalsRuleNamingTheParameter() throws Exception {
        mvc.perform(get("/things/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pdv:problem:invalid-code"))
                .andExpect(jsonPath("$.rule").value("invalid-code"))
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.detail").value("Mã \"abc\" phải viết hoa."))
                .andExpect(jsonPath("$.detailEn").value("Code \"abc\" must be upper case."))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aValueInABodyItsTypeRefusesNamesItsPathInTheBody() throws Exception {
        mvc.perform(post("/codes").contentType(MediaType.APPLICATION_JSON).content("{\"codes\": [\"A\", \"b\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pdv:problem:invalid-code"))
                .andExpect(jsonPath("$.field").value("codes[1]"))
                .andExpect(jsonPath("$.detail").value("Mã \"b\" phải viết hoa."));
    }

    @Test
    void aParametersOwnConstraintIsAProblemNamingTheParameterAndTheConstraint() throws Exception {
        mvc.perform(get("/count").param("n", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pdv:problem:invalid-request"))
                .andExpect(jsonPath("$.field").value("n"))
                .andExpect(jsonPath("$.rule").value("Min"))
                .andExpect(jsonPath("$.detail").value("n: phải lớn hơn hoặc bằng 1"))
                .andExpect(jsonPath("$.detailEn").value("n: must be at least 1"));
    }
}
