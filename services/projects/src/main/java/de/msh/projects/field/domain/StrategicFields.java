package de.msh.projects.field.domain;

import java.util.List;

/** The strategic fields a project may be assigned to; the office maintains them as reference data. */
public interface StrategicFields {

    List<StrategicField> all();

    default boolean exists(String id) {
        return all().stream().anyMatch(field -> field.id().equals(id));
    }
}
