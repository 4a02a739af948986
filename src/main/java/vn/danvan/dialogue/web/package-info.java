/** The dialogue module's staff pages and the public accountability page, with their forms. */
@org.jspecify.annotations.NullMarked
package vn.danvan.dialogue.web;
