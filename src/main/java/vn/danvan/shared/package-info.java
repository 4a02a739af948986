/**
 * Cross-cutting primitives every module may use: the audit trail, Vietnamese text normalisation,
 * problem details, the embedded database and web plumbing. Kept deliberately small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.danvan.shared;
