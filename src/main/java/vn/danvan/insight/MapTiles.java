package vn.danvan.insight;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tile server the maps draw on ({@code danvan.insight.tiles.url}, {@code .attribution}): OpenStreetMap's by
 * default where its tile policy allows the traffic, the operator's own in production; empty for no background.
 * Templates read it as {@code @mapTiles}.
 */
@Component("mapTiles")
public class MapTiles {

    private final String url;
    private final String attribution;

    MapTiles(
            @Value("${danvan.insight.tiles.url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String url,
            @Value("${danvan.insight.tiles.attribution:© OpenStreetMap contributors}") String attribution) {
        this.url = url;
        this.attribution = attribution;
    }

    public String url() {
        return url;
    }

    public String attribution() {
        return attribution;
    }
}
