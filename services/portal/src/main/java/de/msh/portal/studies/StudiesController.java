package de.msh.portal.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The study catalogue with its filters in the address, and one study with its recommendations and their projects. */
@Controller
class StudiesController {

    static final List<String> FIELDS =
            List.of("VALUE_CREATION_INNOVATION", "RESOURCES", "ENERGY", "MOBILITY_LOGISTICS", "TOURISM_CULTURE");
    static final List<String> STATUSES = List.of("COMMISSIONED", "IN_PROGRESS", "COMPLETED", "ARCHIVED");

    private final StudiesClient studies;
    private final ProjectNames projects;

    StudiesController(StudiesClient studies, ProjectNames projects) {
        this.studies = studies;
        this.projects = projects;
    }

    @GetMapping("/studien")
    String catalogue(
            @RequestParam(required = false) @Nullable String feld,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String suche,
            @RequestParam(defaultValue = "0") int seite,
            Model model) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (feld != null && FIELDS.contains(feld)) {
            query.add("field", feld);
        }
        if (status != null && STATUSES.contains(status)) {
            query.add("status", status);
        }
        if (suche != null && !suche.isBlank()) {
            query.add("q", suche.strip());
        }
        query.add("page", String.valueOf(Math.max(0, seite)));
        query.add("size", "50");
        model.addAttribute("page", studies.list(query));
        model.addAttribute("fields", FIELDS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("feld", feld);
        model.addAttribute("status", status);
        model.addAttribute("suche", suche);
        return "studies/catalogue";
    }

    @GetMapping("/studien/{id}")
    String study(@PathVariable String id, Model model) {
        Study.WithRecommendations study = studies.get(id);
        Map<String, ProjectNames.Named.Project> named = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>();
        study.recommendations().forEach(r -> wanted.addAll(r.projectIds()));
        for (String projectId : wanted) {
            named.computeIfAbsent(projectId, key -> projects.get(key).project());
        }
        model.addAttribute("details", study);
        model.addAttribute("study", study.study());
        model.addAttribute("projects", named);
        return "studies/study";
    }
}
