package de.msh.funding.programme.domain;

import java.util.List;
import java.util.Optional;

/** The funding programmes the office works with; maintained as reference data, since laws are amended. */
public interface Programmes {

    List<Programme> all();

    default Optional<Programme> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
