package de.msh.platform.testapp;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every error a client can meet is problem+json with a stable type: from the security filters (401, 403), from
 * method security, from validation, unreadable bodies, unknown paths, stale versions and the unexpected. Real signed
 * tokens, so the decoder and the role mapping are exercised too.
 */
@WebMvcTest(TestController.class)
class ProblemDetailsAndSecurityTests {

    @Autowired
    MockMvc mvc;

    @Test
    void letsEveryStaffRoleRead() throws Exception {
        for (String role : TestTokens.ROLES) {
            mvc.perform(get("/api/test").header("Authorization", bearer(TestTokens.forRole(role))))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void answersAMissingTokenWith401Problem() throws Exception {
        expectProblem(mvc.perform(get("/api/test")), 401, "unauthenticated");
    }

    @Test
    void refusesExpiredForeignAndStrangelySignedTokens() throws Exception {
        for (String token : new String[] {
            TestTokens.expired("steering"),
            TestTokens.fromAnotherIssuer("steering"),
            TestTokens.signedByAStranger("steering"),
            "not-a-jwt"
        }) {
            expectProblem(mvc.perform(get("/api/test").header("Authorization", bearer(token))), 401, "unauthenticated");
        }
    }

    @Test
    void refusesATokenWithoutAStaffRoleWith403Problem() throws Exception {
        expectProblem(
                mvc.perform(get("/api/test").header("Authorization", bearer(TestTokens.forUser("guest", "guest")))),
                403,
                "forbidden");
    }

    @Test
    void refusesAWriteByAReadOnlyRoleWith403Problem() throws Exception {
        expectProblem(
                mvc.perform(post("/api/test")
                        .header("Authorization", bearer(TestTokens.forRole("manager")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"count\":1}")),
                403,
                "forbidden");
    }

    @Test
    void refusesAWriteByAReadOnlyRoleBeforeReadingItsBody() throws Exception {
        // a body the controller could not even parse: the filter chain answers first
        expectProblem(
                mvc.perform(post("/api/test")
                        .header("Authorization", bearer(TestTokens.forRole("auditor")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":")),
                403,
                "forbidden");
    }

    @Test
    void leavesWritesNoRuleNamesToAdmins() throws Exception {
        expectProblem(
                mvc.perform(post("/actuator/deadletters/msh.projects.events")
                        .header("Authorization", bearer(TestTokens.forRole("steering")))),
                403,
                "forbidden");
    }

    @Test
    void namesEveryInvalidFieldIn400Problem() throws Exception {
        expectProblem(write("{\"name\":\"\",\"count\":-1}"), 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[1].field").value("name"));
    }

    @Test
    void namesBodyFieldsAndPathVariablesWhenTheWholeMethodIsValidated() throws Exception {
        expectProblem(
                        mvc.perform(post("/api/test/named/far-too-long")
                                .header("Authorization", bearer(TestTokens.forRole("steering")))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"\",\"count\":-1}")),
                        400,
                        "validation-failed")
                .andExpect(
                        jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("count", "label", "name")));
    }

    @Test
    void namesTheFieldOfAnUnreadableValue() throws Exception {
        expectProblem(write("{\"name\":\"x\",\"count\":\"many\"}"), 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        expectProblem(write("{not json"), 400, "malformed-request");
    }

    @Test
    void refusesADayOutsideTheSensibleRangeWith422WhereverItIsRead() throws Exception {
        String steering = bearer(TestTokens.forRole("steering"));
        mvc.perform(get("/api/test/day?on=2025-07-10").header("Authorization", steering))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2025-07-10"));
        expectProblem(
                        mvc.perform(get("/api/test/day?on=+999999999-12-31").header("Authorization", steering)),
                        422,
                        "date-out-of-range")
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        expectProblem(
                        mvc.perform(post("/api/test/dated")
                                .header("Authorization", steering)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"on\":\"1899-12-31\"}")),
                        422,
                        "date-out-of-range")
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        expectProblem(
                mvc.perform(get("/api/test/day?on=10.07.2025").header("Authorization", steering)),
                400,
                "validation-failed");
    }

    @Test
    void refusesABodyLargerThanTheEndpointTakesWith413() throws Exception {
        String padding = "x".repeat(5 * 1024);

        expectProblem(write("{\"name\":\"" + padding + "\",\"count\":1}"), 413, "payload-too-large");
    }

    @Test
    void stopsParsingJsonNestedDeeperThanTheLimit() throws Exception {
        String deep = "[".repeat(100) + "]".repeat(100);

        expectProblem(write("{\"ignored\":" + deep + ",\"name\":\"x\",\"count\":1}"), 400, "malformed-request");
    }

    @Test
    void answersAnUnknownPathWith404Problem() throws Exception {
        expectProblem(
                mvc.perform(get("/api/nothing-here").header("Authorization", bearer(TestTokens.forRole("auditor")))),
                404,
                "not-found");
    }

    @Test
    void answersAWrongPathTypeWith400Problem() throws Exception {
        expectProblem(
                mvc.perform(get("/api/test/number/abc").header("Authorization", bearer(TestTokens.forRole("auditor")))),
                400,
                "validation-failed");
    }

    @Test
    void answersAStaleVersionWith409Problem() throws Exception {
        expectProblem(
                mvc.perform(get("/api/test/stale").header("Authorization", bearer(TestTokens.forRole("auditor")))),
                409,
                "stale-version");
    }

    @Test
    void answersEveryServicesRulesWith409AndItsInvalidInputWith422() throws Exception {
        String auditor = bearer(TestTokens.forRole("auditor"));
        expectProblem(mvc.perform(get("/api/test/locked").header("Authorization", auditor)), 409, "widget-locked")
                .andExpect(jsonPath("$.rule").value("widget-locked"))
                .andExpect(jsonPath("$.detail").value("The widget is locked"));
        expectProblem(mvc.perform(get("/api/test/invalid").header("Authorization", auditor)), 422, "part-invalid")
                .andExpect(jsonPath("$.title").value("Teil ungültig"))
                .andExpect(jsonPath("$.errors[0].field").value("part.amount"));
    }

    @Test
    void hidesInternalsOfTheUnexpected() throws Exception {
        expectProblem(
                        mvc.perform(
                                get("/api/test/boom").header("Authorization", bearer(TestTokens.forRole("auditor")))),
                        500,
                        "internal-error")
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
    }

    private ResultActions write(String body) throws Exception {
        return mvc.perform(post("/api/test")
                .header("Authorization", bearer(TestTokens.forRole("steering")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static ResultActions expectProblem(ResultActions result, int status, String slug) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://problems.msh.example/" + slug))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
