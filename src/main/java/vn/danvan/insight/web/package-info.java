/** The home pages, the map page and its data, the import of commune places. */
@org.jspecify.annotations.NullMarked
package vn.danvan.insight.web;
