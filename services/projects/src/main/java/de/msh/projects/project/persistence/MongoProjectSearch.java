package de.msh.projects.project.persistence;

import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectFilter;
import de.msh.projects.project.domain.ProjectSearch;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * The portfolio list as one MongoDB query. Free text is quoted before it becomes a case-insensitive regex, so a
 * user's input can never be a pattern; {@code $regex} rather than {@code $text} because the embedded store has no
 * text index, and the text's {@link SearchGrams} narrow the regex to the few projects that can match.
 */
@Repository
class MongoProjectSearch implements ProjectSearch {

    private final MongoTemplate mongo;
    private final QueryMapper mapper;

    MongoProjectSearch(MongoTemplate mongo) {
        this.mongo = mongo;
        this.mapper = new QueryMapper(mongo.getConverter());
    }

    @Override
    public Page<Project> search(ProjectFilter filter, Pageable page) {
        Query query = Query.query(criteria(filter));
        List<Project> content = mongo.find(Query.of(query).with(page), Project.class);
        return PageableExecutionUtils.getPage(content, page, () -> count(query));
    }

    /**
     * The total for the page, with the {@code count} command: MongoTemplate counts with an aggregation, which the
     * embedded store answers by copying every document of the collection first, on every page of the list.
     */
    private long count(Query query) {
        Document filter = mapper.getMappedObject(
                query.getQueryObject(), mongo.getConverter().getMappingContext().getPersistentEntity(Project.class));
        Document answer = mongo.executeCommand(
                new Document("count", mongo.getCollectionName(Project.class)).append("query", filter));
        return ((Number) answer.get("n")).longValue();
    }

    /**
     * One flat condition per field, not an {@code $and} of them: the store (and MongoDB's planner) see each field's
     * condition at the top level, where an index can serve it. Each field appears once, so nothing collides.
     */
    private static Criteria criteria(ProjectFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.phase() != null) {
            criteria = criteria.and("phase").is(filter.phase());
        }
        if (filter.strategicField() != null) {
            criteria = criteria.and("details.strategicField").is(filter.strategicField());
        }
        if (filter.municipality() != null) {
            criteria = criteria.and("details.municipalities").is(filter.municipality());
        }
        if (filter.projectManager() != null) {
            criteria = criteria.and("details.projectManager").is(filter.projectManager());
        }
        if (filter.tag() != null) {
            String exactTag = "^" + Pattern.quote(filter.tag()) + "$";
            criteria = criteria.and("details.tags").regex(Pattern.compile(exactTag, Pattern.CASE_INSENSITIVE));
        }
        if (filter.text() != null) {
            List<String> grams = SearchGrams.of(filter.text());
            if (!grams.isEmpty()) {
                criteria = criteria.and(SearchGrams.FIELD).all(grams);
            }
            Pattern words = Pattern.compile(Pattern.quote(filter.text()), Pattern.CASE_INSENSITIVE);
            criteria = criteria.orOperator(
                    Criteria.where("details.title").regex(words),
                    Criteria.where("code").regex(words));
        }
        return criteria;
    }
}
