/**
 * Statistics that officials report, for a body, optionally with its subordinate bodies, over any
 * period — on a page, over the API and as .xlsx: the petition-handling report (Biểu 02/XLD), the
 * reception report (Biểu 01/TCD) and the results of resolving complaints (Biểu 03) and denunciations
 * (Biểu 04) of the Government Inspectorate's reporting regime, and the QĐ 11 report; each also in its
 * official layout as .xlsx and PDF. Figures are derived from the modules' published views
 * ({@code petition.report_facts}, {@code petition.resolution_facts}, {@code reception.visit_facts},
 * {@code reception.session_facts}), never kept by hand.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "petition", "reception", "dialogue", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.report;
