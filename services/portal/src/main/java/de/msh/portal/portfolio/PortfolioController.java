package de.msh.portal.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The portfolio board: a column per phase with its first projects and how many there are, or, once a phase is
 * chosen, that phase's projects page by page. The filter form answers with the board alone to htmx and with the
 * whole page otherwise.
 */
@Controller
class PortfolioController {

    private static final int PER_COLUMN = 8;
    private static final int PER_PAGE = 25;

    private final ProjectsClient projects;

    PortfolioController(ProjectsClient projects) {
        this.projects = projects;
    }

    @GetMapping("/projekte")
    String board(
            @ModelAttribute("filter") PortfolioFilter filter,
            @RequestHeader(value = "HX-Request", required = false) boolean htmx,
            Model model) {
        model.addAttribute("fields", projects.strategicFields());
        if (filter.phase() != null && Phases.BOARD.contains(filter.phase())) {
            model.addAttribute("page", projects.list(filter.query(filter.phase(), PER_PAGE)));
        } else {
            List<Column> columns = new ArrayList<>();
            for (String phase : Phases.BOARD) {
                columns.add(new Column(phase, projects.list(filter.query(phase, PER_COLUMN))));
            }
            model.addAttribute("columns", columns);
        }
        return htmx ? "portfolio/board :: results" : "portfolio/board";
    }

    /** One phase on the board: its first projects and how many match in all. */
    record Column(String phase, ProjectPage page) {}
}
