/** The petition pages and the staff API: forms and requests in, one service call, views out. Internal. */
@org.jspecify.annotations.NullMarked
package vn.danvan.petition.web;
