/** Commune places and boundaries read from GeoJSON, points inside polygons, the map's grid and the home pages' figures. */
@org.jspecify.annotations.NullMarked
package vn.danvan.insight.domain;
