package de.msh.reporting.masterplan.web;

import de.msh.reporting.masterplan.domain.CatalogueEdit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edit of the catalogue.
 *
 * @param basedOnVersion the version the editor saw; an edit of an older one is refused
 * @param reason why, kept with the new version
 */
record CatalogueEditRequest(
        @NotNull @Positive Integer basedOnVersion,
        @NotBlank @Size(max = 500) String reason,
        @Nullable @Valid @Size(max = 100) List<IndicatorInput> upsert,
        @Nullable @Size(max = 100) List<@NotNull @Pattern(regexp = IndicatorInput.KEY) String> remove) {

    CatalogueEdit edit() {
        return new CatalogueEdit(
                basedOnVersion,
                reason.strip(),
                upsert == null
                        ? List.of()
                        : upsert.stream().map(IndicatorInput::indicator).toList(),
                remove == null ? List.of() : remove);
    }
}
