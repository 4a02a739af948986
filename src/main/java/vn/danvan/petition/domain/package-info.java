/** The petition aggregate, its rules (deadlines, who may do what, the seal of a denouncer's identity) and the services that guard its moves. */
@org.jspecify.annotations.NullMarked
package vn.danvan.petition.domain;
