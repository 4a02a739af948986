/** The petition pages and the staff API: forms and requests in, views out, one service call per handler. */
@org.jspecify.annotations.NullMarked
package vn.danvan.petition.web;
