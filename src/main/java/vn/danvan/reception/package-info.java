/**
 * Citizen reception (tiếp công dân): heads' reception schedules and the frequency obligations of
 * docs/law/rules.md A2, the reception log of visits and delegations (A3) with refusals (A4), a petition made from
 * a visit in one step, and the published schedule. Reports read the view {@code reception.visit_facts}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "petition", "calendar", "rulebook", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.reception;
