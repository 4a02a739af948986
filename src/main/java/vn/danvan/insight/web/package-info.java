/** The insight module's pages. */
@org.jspecify.annotations.NullMarked
package vn.danvan.insight.web;
