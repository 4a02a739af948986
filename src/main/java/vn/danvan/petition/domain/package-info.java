/**
 * The petition aggregate and its rules — deadlines, who may do what, the seal of a denouncer's identity — with
 * the one path every change takes. Internal to the module.
 */
@org.jspecify.annotations.NullMarked
package vn.danvan.petition.domain;
