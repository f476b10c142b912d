package de.msh.studies.study.persistence;

import de.msh.studies.study.domain.Study;
import de.msh.studies.study.domain.StudyFilter;
import de.msh.studies.study.domain.StudySearch;
import de.msh.studies.study.domain.StudyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/** The catalogue list as one query; user text is quoted before it becomes a case-insensitive regex. */
@Repository
class MongoStudySearch implements StudySearch {

    private final MongoTemplate mongo;

    MongoStudySearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Study> search(StudyFilter filter, Pageable page) {
        Query query = Query.query(criteria(filter));
        List<Study> content = mongo.find(Query.of(query).with(page), Study.class);
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(Query.of(query), Study.class));
    }

    private static Criteria criteria(StudyFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.field() != null) {
            parts.add(Criteria.where("details.field").is(filter.field()));
        }
        if (filter.kind() != null) {
            parts.add(Criteria.where("details.kind").is(filter.kind()));
        }
        // Withdrawn studies were entries made by mistake: listed only when asked for by their status.
        parts.add(
                filter.status() != null
                        ? Criteria.where("status").is(filter.status())
                        : Criteria.where("status").ne(StudyStatus.WITHDRAWN));
        if (filter.text() != null) {
            Pattern words = Pattern.compile(Pattern.quote(filter.text()), Pattern.CASE_INSENSITIVE);
            parts.add(new Criteria()
                    .orOperator(
                            Criteria.where("details.title").regex(words),
                            Criteria.where("details.summary").regex(words),
                            Criteria.where("catalogueNumber").regex(words)));
        }
        return new Criteria().andOperator(parts);
    }
}
