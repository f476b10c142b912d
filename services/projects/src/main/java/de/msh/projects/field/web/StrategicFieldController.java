package de.msh.projects.field.web;

import de.msh.projects.field.domain.StrategicField;
import de.msh.projects.field.domain.StrategicFields;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The strategic fields a project may be assigned to, for every staff role. */
@RestController
class StrategicFieldController {

    private final StrategicFields fields;

    StrategicFieldController(StrategicFields fields) {
        this.fields = fields;
    }

    @GetMapping("/api/projects/strategic-fields")
    List<StrategicField> all() {
        return fields.all();
    }
}
