/**
 * The rule book: every rule of law the platform applies — deadlines, reception frequencies, group
 * representatives, refusal and filing grounds — gathered from the rule tables the modules contribute
 * ({@link vn.danvan.rulebook.RuleTable} beans), each row with its value, day type, effective dates and
 * legal source (docs/law/rules.md). Administrators read it at {@code /admin/rules}, staff over
 * {@code GET /api/v1/rules}. The rule book depends on no business module; they depend on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.rulebook;
