package de.msh.auth.people;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Services read the staff directory with a machine token that carries the scope, and nobody else reads it. */
@SpringBootTest(properties = "msh.auth.key-file=${user.dir}/target/msh-auth-test-${random.uuid}.json")
@AutoConfigureMockMvc
class PeopleDirectoryTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aMachineWithTheScopeReadsEveryPersonWithAddressAndRoles() throws Exception {
        mvc.perform(get("/api/people").header("Authorization", "Bearer " + machineToken("people.read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[?(@.username == 'finance')].email").value("finance@msh.example"))
                .andExpect(jsonPath("$[?(@.username == 'finance')].roles[0]").value("finance"))
                .andExpect(jsonPath("$[0].password").doesNotExist());
    }

    @Test
    void aMachineTokenWithoutTheScopeIsForbidden() throws Exception {
        mvc.perform(get("/api/people").header("Authorization", "Bearer " + machineToken(null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutATokenNobodyReadsIt() throws Exception {
        mvc.perform(get("/api/people")).andExpect(status().isUnauthorized());
    }

    private String machineToken(String scope) throws Exception {
        var request = post("/oauth2/token")
                .with(httpBasic("msh-cli", "msh-cli-secret"))
                .param("grant_type", "client_credentials");
        if (scope != null) {
            request.param("scope", scope);
        }
        String response = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.access_token");
    }
}
