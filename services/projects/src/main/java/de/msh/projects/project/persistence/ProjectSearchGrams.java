package de.msh.projects.project.persistence;

import de.msh.projects.project.domain.Project;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Writes each project document's {@link SearchGrams} from its title and code with every save, so they never lag
 * behind a change. The grams are the store's business only; the domain never sees them.
 */
@Component
class ProjectSearchGrams implements BeforeSaveCallback<Project> {

    @Override
    public Project onBeforeSave(Project project, Document document, String collection) {
        document.put(SearchGrams.FIELD, SearchGrams.of(project.details().title(), project.code()));
        return project;
    }
}
