/** The reception desk, the visit pages and the published schedule, with their forms. */
@org.jspecify.annotations.NullMarked
package vn.danvan.reception.web;
