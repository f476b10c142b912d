package de.msh.projects.demo;

import de.msh.projects.project.application.ProjectService;
import de.msh.projects.project.application.RegisterProject;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectPlan;
import de.msh.projects.project.domain.Projects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the projects of the demo data file on a local stack started with {@code msh.demo-data=true}. Each goes
 * through the normal registration, so its events reach every consumer; a code already in the portfolio is skipped, so
 * a restart adds nothing twice. Never on in a production profile.
 */
@Component
@ConditionalOnProperty(name = "msh.demo-data", havingValue = "true")
class DemoProjects {

    static final String BY = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    record DemoFile(List<DemoProject> projects) {}

    record DemoProject(
            String code,
            String title,
            @Nullable String strategicField,
            @Nullable List<String> municipalities,
            @Nullable String description,
            @Nullable List<String> tags,
            Phase phase) {

        RegisterProject toCommand() {
            return new RegisterProject(
                    code,
                    new ProjectDetails(
                            title,
                            description,
                            strategicField,
                            null,
                            municipalities == null ? List.of() : municipalities,
                            null,
                            null,
                            tags == null ? List.of() : tags,
                            null),
                    ProjectPlan.NONE,
                    phase);
        }
    }

    private final Resource file;
    private final JsonMapper json;
    private final Projects projects;
    private final ProjectService service;

    DemoProjects(
            @Value("${msh.demo-data-file:classpath:demo/projects.json}") Resource file,
            JsonMapper json,
            Projects projects,
            ProjectService service) {
        this.file = file;
        this.json = json;
        this.projects = projects;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        int registered = 0;
        List<DemoProject> demo = read().projects();
        for (DemoProject project : demo) {
            if (!projects.existsByCode(project.code())) {
                service.register(project.toCommand(), BY);
                registered++;
            }
        }
        log.info("Demo data: registered {} of {} projects from {}", registered, demo.size(), file.getDescription());
    }

    private DemoFile read() {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo projects from " + file, e);
        }
    }
}
