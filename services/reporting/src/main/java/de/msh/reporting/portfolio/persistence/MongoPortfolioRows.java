package de.msh.reporting.portfolio.persistence;

import de.msh.events.projects.PlannedCost;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.portfolio.domain.PortfolioFilter;
import de.msh.reporting.portfolio.domain.PortfolioRows;
import de.msh.reporting.portfolio.domain.PortfolioView;
import de.msh.reporting.portfolio.domain.ProjectSummary;
import de.msh.reporting.space.ReadModelSpace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoPortfolioRows implements PortfolioRows {

    static final String COLLECTION = "portfolio_projects";
    private static final int FEW_IDS = 50;

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoPortfolioRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean registered(ProjectRegistered event, long sequence) {
        return writer.apply(
                space.collection(COLLECTION),
                event.projectId(),
                sequence,
                cost(
                        new Update()
                                .set("code", event.code())
                                .set("title", event.title())
                                .set("strategicField", event.strategicField())
                                .set("handlingArea", event.handlingArea())
                                .set("municipalities", event.municipalities())
                                .set("projectManager", event.projectManager())
                                .set("tags", event.tags())
                                .set("phase", event.phase().name()),
                        event.plannedCost()));
    }

    @Override
    public boolean updated(ProjectUpdated event, long sequence) {
        return writer.apply(
                space.collection(COLLECTION),
                event.projectId(),
                sequence,
                cost(
                        new Update()
                                .set("title", event.title())
                                .set("strategicField", event.strategicField())
                                .set("handlingArea", event.handlingArea())
                                .set("municipalities", event.municipalities())
                                .set("projectManager", event.projectManager())
                                .set("tags", event.tags()),
                        event.plannedCost()));
    }

    @Override
    public boolean phaseChanged(ProjectPhaseChanged event, long sequence, LocalDate on) {
        Update update = new Update().set("phase", event.to().name());
        if (event.to() == ProjectPhase.COMPLETED) {
            update.set("completedOn", on.toString());
        }
        return writer.apply(space.collection(COLLECTION), event.projectId(), sequence, update);
    }

    @Override
    public PortfolioView view(PortfolioFilter filter) {
        Aggregation grouped = Aggregation.newAggregation(
                Aggregation.match(criteria(filter)),
                Aggregation.facet(sum(Aggregation.group()))
                        .as("total")
                        .and(sum(Aggregation.group("phase")))
                        .as("byPhase")
                        .and(sum(Aggregation.group("strategicField")))
                        .as("byStrategicField")
                        .and(Aggregation.unwind("municipalities", true), sum(Aggregation.group("municipalities")))
                        .as("byMunicipality")
                        .and(sum(Aggregation.group("projectManager")))
                        .as("byProjectManager")
                        .and(Aggregation.unwind("tags", true), sum(Aggregation.group("tags")))
                        .as("byTag"));
        Document facets = mongo.aggregate(grouped, space.collection(COLLECTION), Document.class)
                .getUniqueMappedResult();
        List<PortfolioView.Group> total = groups(facets, "total");
        return new PortfolioView(
                total.isEmpty() ? new PortfolioView.Group("alle", 0, ZERO) : rename(total.get(0), "alle"),
                groups(facets, "byPhase"),
                groups(facets, "byStrategicField"),
                groups(facets, "byMunicipality"),
                groups(facets, "byProjectManager"),
                groups(facets, "byTag"));
    }

    @Override
    public Map<String, String> strategicFields(Collection<String> projectIds) {
        Map<String, String> fields = new HashMap<>();
        // a long $in list is matched against every row, element by element: for many ids, read all and pick here
        Set<String> wanted = new HashSet<>(projectIds);
        Query query = wanted.size() > FEW_IDS
                ? new Query()
                : Query.query(Criteria.where("_id").in(wanted));
        query.fields().include("strategicField");
        for (Document row : mongo.find(query, Document.class, space.collection(COLLECTION))) {
            String field = row.getString("strategicField");
            if (field != null && wanted.contains(row.getString("_id"))) {
                fields.put(row.getString("_id"), field);
            }
        }
        return fields;
    }

    @Override
    public List<ProjectSummary> projects() {
        Query query = new Query().with(org.springframework.data.domain.Sort.by("_id"));
        query.fields().include("code", "title", "phase", "strategicField", "projectManager", "completedOn");
        List<ProjectSummary> projects = new ArrayList<>();
        for (Document row : mongo.find(query, Document.class, space.collection(COLLECTION))) {
            projects.add(new ProjectSummary(
                    row.getString("_id"),
                    row.getString("code"),
                    row.getString("title"),
                    row.getString("phase"),
                    row.getString("strategicField"),
                    row.getString("projectManager"),
                    row.getString("completedOn") == null ? null : LocalDate.parse(row.getString("completedOn"))));
        }
        return projects;
    }

    @Override
    public Set<String> cancelled(Collection<String> projectIds) {
        // few projects are cancelled: those, then the ones asked for among them (no long $in list, as above)
        Query query = Query.query(Criteria.where("phase").is(ProjectPhase.CANCELLED.name()));
        query.fields().include("_id");
        Set<String> wanted = new HashSet<>(projectIds);
        Set<String> cancelled = new HashSet<>();
        mongo.find(query, Document.class, space.collection(COLLECTION)).forEach(row -> {
            if (wanted.contains(row.getString("_id"))) {
                cancelled.add(row.getString("_id"));
            }
        });
        return cancelled;
    }

    @Override
    public Map<ProjectPhase, Long> countByPhase() {
        var byPhase = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("phase").exists(true)),
                Aggregation.group("phase").count().as("count"));
        Map<ProjectPhase, Long> counts = new EnumMap<>(ProjectPhase.class);
        for (Document row : mongo.aggregate(byPhase, space.collection(COLLECTION), Document.class)) {
            counts.put(ProjectPhase.valueOf(row.getString("_id")), ((Number) row.get("count")).longValue());
        }
        return counts;
    }

    // Amounts go in as Decimal128 explicitly: MongoTemplate would otherwise write a BigDecimal as a string.
    private static Update cost(Update update, @Nullable PlannedCost cost) {
        if (cost == null) {
            return update.unset("plannedCost").unset("plannedByYear");
        }
        return update.set("plannedCost", new Decimal128(cost.total()))
                .set(
                        "plannedByYear",
                        cost.yearly().stream()
                                .map(y -> new Document("year", y.year()).append("amount", new Decimal128(y.amount())))
                                .toList());
    }

    private static Criteria criteria(PortfolioFilter filter) {
        // Rows made by a later event of a project whose registration has not arrived yet have no phase: not counted.
        Criteria criteria = filter.phase() == null
                ? Criteria.where("phase").exists(true)
                : Criteria.where("phase").is(filter.phase().name());
        if (filter.strategicField() != null) {
            criteria = criteria.and("strategicField").is(filter.strategicField());
        }
        if (filter.municipality() != null) {
            criteria = criteria.and("municipalities").is(filter.municipality());
        }
        if (filter.projectManager() != null) {
            criteria = criteria.and("projectManager").is(filter.projectManager());
        }
        if (filter.tag() != null) {
            criteria = criteria.and("tags").is(filter.tag());
        }
        return criteria;
    }

    private static GroupOperation sum(GroupOperation group) {
        return group.count().as("projects").sum("plannedCost").as("plannedCost");
    }

    private static List<PortfolioView.Group> groups(@Nullable Document facets, String facet) {
        if (facets == null) {
            return List.of();
        }
        List<PortfolioView.Group> groups = new ArrayList<>();
        for (Document row : facets.getList(facet, Document.class, List.of())) {
            Object key = row.get("_id");
            groups.add(new PortfolioView.Group(
                    key == null ? PortfolioView.NONE : key.toString(),
                    ((Number) row.get("projects")).longValue(),
                    money(row.get("plannedCost"))));
        }
        groups.sort(Comparator.comparing(PortfolioView.Group::key));
        return groups;
    }

    private static PortfolioView.Group rename(PortfolioView.Group group, String key) {
        return new PortfolioView.Group(key, group.projects(), group.plannedCost());
    }

    private static BigDecimal money(@Nullable Object sum) {
        if (sum instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue().setScale(2, RoundingMode.UNNECESSARY);
        }
        if (sum instanceof Number number) {
            return new BigDecimal(number.toString()).setScale(2, RoundingMode.UNNECESSARY);
        }
        return ZERO;
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
}
