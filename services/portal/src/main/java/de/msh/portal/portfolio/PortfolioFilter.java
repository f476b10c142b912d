package de.msh.portal.portfolio;

import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters exactly as they stand in the address bar, so a view can be bookmarked and shared. Parameter
 * names are German because people see them: {@code feld}, {@code gemeinde}, {@code leitung}, {@code schlagwort},
 * {@code suche}, {@code phase}, {@code seite}.
 */
public record PortfolioFilter(
        @Nullable String feld,
        @Nullable String gemeinde,
        @Nullable String leitung,
        @Nullable String schlagwort,
        @Nullable String suche,
        @Nullable String phase,
        @Nullable Integer seite) {

    /** The query of the projects service for one phase (or the one the filter names), one page. */
    MultiValueMap<String, String> query(@Nullable String inPhase, int size) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        put(query, "strategicField", feld);
        put(query, "municipality", gemeinde);
        put(query, "projectManager", leitung);
        put(query, "tag", schlagwort);
        put(query, "q", suche);
        put(query, "phase", inPhase);
        query.add("page", String.valueOf(seite == null || seite < 0 ? 0 : seite));
        query.add("size", String.valueOf(size));
        return query;
    }

    /** This view's address with the phase (or the page) replaced, for links on the board. */
    public String withPhase(@Nullable String newPhase) {
        return link(newPhase, null);
    }

    public String page(int newPage) {
        return link(phase, newPage);
    }

    private String link(@Nullable String newPhase, @Nullable Integer newPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/projekte");
        param(uri, "feld", feld);
        param(uri, "gemeinde", gemeinde);
        param(uri, "leitung", leitung);
        param(uri, "schlagwort", schlagwort);
        param(uri, "suche", suche);
        param(uri, "phase", newPhase);
        if (newPage != null && newPage > 0) {
            uri.queryParam("seite", newPage);
        }
        return uri.build().encode().toUriString();
    }

    private static void put(MultiValueMap<String, String> query, String name, @Nullable String value) {
        if (!blank(value)) {
            query.add(name, value.strip());
        }
    }

    private static void param(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (!blank(value)) {
            uri.queryParam(name, value.strip());
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
