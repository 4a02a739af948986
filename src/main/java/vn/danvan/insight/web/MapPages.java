package vn.danvan.insight.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.danvan.insight.CommunePlaces;
import vn.danvan.insight.CommunePlaces.Place;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionFigures.Bounds;
import vn.danvan.petition.PetitionFigures.CommuneCount;
import vn.danvan.petition.PetitionFigures.MapFilter;
import vn.danvan.petition.PetitionFigures.PointCell;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionQueries.DeadlineFilter;
import vn.danvan.petition.PetitionState;
import vn.danvan.petition.PetitionType;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/**
 * The map of cases in the staff member's scope, filtered like the queue. Points are clustered on the server on a
 * grid a marker wide at the zoom asked; a denunciation is only ever counted at its commune's place. The same data
 * answer the pages' script (session) and API clients ({@code /api/v1/map/…}, token).
 */
@Controller
@RenderedPages
class MapPages {

    /** A marker's width in screen pixels: the grid's cell at each zoom. */
    private static final double CELL_PIXELS = 64;

    private final PetitionFigures figures;
    private final PetitionQueries queries;
    private final CommunePlaces places;
    private final OrganizationDirectory organization;
    private final String tiles;
    private final String attribution;

    MapPages(
            PetitionFigures figures,
            PetitionQueries queries,
            CommunePlaces places,
            OrganizationDirectory organization,
            @Value("${danvan.insight.tiles.url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles,
            @Value("${danvan.insight.tiles.attribution:© OpenStreetMap contributors}") String attribution) {
        this.figures = figures;
        this.queries = queries;
        this.places = places;
        this.organization = organization;
        this.tiles = tiles;
        this.attribution = attribution;
    }

    /** A commune on the map: its counts and where it sits (null when it has no place yet). */
    record CommuneMarker(
            String code,
            String name,
            @Nullable Double latitude,
            @Nullable Double longitude,
            long cases,
            long overdue,
            long denunciations) {}

    record Cell(
            double latitude,
            double longitude,
            long count,
            @Nullable Long petitionId) {}

    /** What the map shows in a window: clustered points, and denunciations counted at their communes. */
    record MapData(List<Cell> cells, List<CommuneMarker> denunciations, double cellDegrees) {}

    @GetMapping("/map")
    String map(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable PetitionType type,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable PetitionState state,
            @RequestParam(required = false) @Nullable DeadlineFilter deadline,
            @RequestParam(required = false) @Nullable String commune,
            StaffMember staff,
            Model model) {
        MapFilter filter = new MapFilter(body, type, field, state, deadline, commune);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "bodies",
                organization.bodies().stream()
                        .filter(b -> staff.inScope(b.id()))
                        .toList());
        model.addAttribute("types", PetitionType.values());
        model.addAttribute("states", PetitionState.values());
        model.addAttribute("deadlineFilters", DeadlineFilter.values());
        model.addAttribute("fields", queries.fields());
        model.addAttribute("communes", communes(filter, staff));
        model.addAttribute("tiles", tiles);
        model.addAttribute("attribution", attribution);
        return "insight/map";
    }

    @GetMapping(
            path = {"/map/cells", "/api/v1/map/cells"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData cells(
            @RequestParam double south,
            @RequestParam double west,
            @RequestParam double north,
            @RequestParam double east,
            @RequestParam int zoom,
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable PetitionType type,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable PetitionState state,
            @RequestParam(required = false) @Nullable DeadlineFilter deadline,
            @RequestParam(required = false) @Nullable String commune,
            StaffMember staff) {
        if (zoom < 0 || zoom > 22 || !inRange(south, north, 90) || !inRange(west, east, 180)) {
            throw DomainException.invalid("insight.map.window-invalid");
        }
        double cell = 360.0 / (256 * Math.pow(2, zoom)) * CELL_PIXELS;
        MapFilter filter = new MapFilter(body, type, field, state, deadline, commune);
        List<Cell> cells = new ArrayList<>();
        for (PointCell c : figures.cells(filter, new Bounds(south, west, north, east), cell, staff)) {
            cells.add(new Cell(c.latitude(), c.longitude(), c.count(), c.petitionId()));
        }
        List<CommuneMarker> denunciations = new ArrayList<>();
        for (CommuneMarker marker : communes(filter, staff)) {
            Double lat = marker.latitude();
            Double lon = marker.longitude();
            if (marker.denunciations() > 0
                    && lat != null
                    && lon != null
                    && lat >= south
                    && lat <= north
                    && lon >= west
                    && lon <= east) {
                denunciations.add(marker);
            }
        }
        return new MapData(cells, denunciations, cell);
    }

    @GetMapping(
            path = {"/map/communes", "/api/v1/map/communes"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<CommuneMarker> communeView(
            @RequestParam(required = false) @Nullable Long body,
            @RequestParam(required = false) @Nullable PetitionType type,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable PetitionState state,
            @RequestParam(required = false) @Nullable DeadlineFilter deadline,
            @RequestParam(required = false) @Nullable String commune,
            StaffMember staff) {
        return communes(new MapFilter(body, type, field, state, deadline, commune), staff);
    }

    private List<CommuneMarker> communes(MapFilter filter, StaffMember staff) {
        Map<String, Place> known = places.places();
        List<CommuneMarker> markers = new ArrayList<>();
        for (CommuneCount count : figures.communes(filter, staff)) {
            Optional<Place> place = Optional.ofNullable(known.get(count.communeCode()));
            String name = organization
                    .commune(count.communeCode())
                    .map(AdministrativeUnit::fullName)
                    .orElse(count.communeCode());
            markers.add(new CommuneMarker(
                    count.communeCode(),
                    name,
                    place.map(Place::latitude).orElse(null),
                    place.map(Place::longitude).orElse(null),
                    count.cases(),
                    count.overdue(),
                    count.denunciations()));
        }
        markers.sort(Comparator.comparingLong(CommuneMarker::cases).reversed());
        return markers;
    }

    private static boolean inRange(double low, double high, double limit) {
        return low <= high && low >= -limit && high <= limit;
    }
}
