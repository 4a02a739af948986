package vn.danvan.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danvan.petition.PetitionType;

/**
 * The result of resolving complaints (Biểu 03) or denunciations (Biểu 04) within the competence of a body, or of a
 * body and its subordinates, for the days {@code from} to {@code to}: the figures of every body and their total.
 * Money is in đồng, land in m².
 */
public record ResolutionReport(
        Form form,
        long bodyId,
        String bodyName,
        boolean includesSubordinates,
        LocalDate from,
        LocalDate to,
        LocalDate compiledOn,
        Map<ResolutionColumn, BigDecimal> total,
        List<BodyFigures> bodies) {

    public enum Form {
        COMPLAINTS(PetitionType.COMPLAINT),
        DENUNCIATIONS(PetitionType.DENUNCIATION);

        private final PetitionType type;

        Form(PetitionType type) {
            this.type = type;
        }

        public PetitionType type() {
            return type;
        }
    }

    /** One body's figures. */
    public record BodyFigures(long bodyId, String bodyName, Map<ResolutionColumn, BigDecimal> figures) {
        public BodyFigures {
            figures = Map.copyOf(figures);
        }
    }

    public ResolutionReport {
        total = Map.copyOf(total);
        bodies = List.copyOf(bodies);
    }

    public int count(ResolutionColumn column) {
        return total.getOrDefault(column, BigDecimal.ZERO).intValueExact();
    }
}
