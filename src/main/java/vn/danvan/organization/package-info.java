/**
 * Administrative units, bodies (cơ quan, tổ chức), staff accounts, roles and scopes.
 * Other modules use {@link vn.danvan.organization.OrganizationDirectory} and
 * {@link vn.danvan.organization.StaffMember}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.danvan.organization;
