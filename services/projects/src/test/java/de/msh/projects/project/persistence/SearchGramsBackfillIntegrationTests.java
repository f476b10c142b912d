package de.msh.projects.project.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.projects.project.domain.Project;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The free text is looked up by the search pieces, so documents written before them must get them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchGramsBackfillIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SearchGramsBackfill backfill;

    @Test
    void aProjectSavedBeforeThePiecesExistedIsFoundAgainAfterTheStart() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String tag = "G" + (System.nanoTime() % 1_000_000);
        api.post("/api/projects", steering, """
                {"code":"%s-1","title":"Wasserstoffnetz Grüne Energie %s"}""".formatted(tag, tag));
        String search = "/api/projects?q=GRÜNE%20ENERGIE%20" + tag.toLowerCase();
        assertThat(api.get(search, steering).json().get("totalItems").asLong()).isEqualTo(1);

        var projects = mongo.getCollection(mongo.getCollectionName(Project.class));
        projects.updateOne(
                new Document("code", tag + "-1"), new Document("$unset", new Document(SearchGrams.FIELD, "")));
        assertThat(api.get(search, steering).json().get("totalItems").asLong())
                .as("without its pieces the project is not found: the list reads by them")
                .isZero();

        backfill.run();

        assertThat(api.get(search, steering).json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(projects.find(new Document("code", tag + "-1")).first().getList(SearchGrams.FIELD, String.class))
                .contains("grü", "ene", tag.substring(0, 3).toLowerCase());
    }
}
