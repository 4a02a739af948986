package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danvan.organization.UnitLevel;
import vn.danvan.programme.ModelField;
import vn.danvan.programme.ModelKind;
import vn.danvan.programme.ModelStatus;
import vn.danvan.shared.DomainException;

/**
 * A "Dân vận khéo" model or exemplar, which knows the moves its lifecycle allows (docs/law/rules.md B4): registered → in
 * progress → evaluated by the council (or not recognised below the threshold) → recognised → commended → replicated.
 * An illegal move is refused with the status it is in.
 */
public record Model(
        long id,
        long roundId,
        long bodyId,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        ModelKind kind,
        ModelField field,
        UnitLevel level,
        int year,
        String name,
        String ownerName,
        @Nullable String address,
        String goals,
        @Nullable String indicators,
        @Nullable String results,
        ModelStatus status,
        @Nullable Long originId,
        @Nullable BigDecimal score,
        LocalDate registeredOn,
        @Nullable LocalDate evaluatedOn,
        @Nullable LocalDate recognisedOn,
        @Nullable String recognitionDecision) {

    public enum Move {
        START(EnumSet.of(ModelStatus.REGISTERED)),
        REPORT_RESULTS(EnumSet.of(ModelStatus.REGISTERED, ModelStatus.IN_PROGRESS)),
        SCORE(EnumSet.of(ModelStatus.IN_PROGRESS)),
        EVALUATE(EnumSet.of(ModelStatus.IN_PROGRESS)),
        RECOGNISE(EnumSet.of(ModelStatus.EVALUATED)),
        COMMEND(EnumSet.of(ModelStatus.RECOGNISED, ModelStatus.COMMENDED, ModelStatus.REPLICATED)),
        REPLICATE(EnumSet.of(ModelStatus.RECOGNISED, ModelStatus.COMMENDED, ModelStatus.REPLICATED)),
        ADD_PHOTO(EnumSet.complementOf(EnumSet.of(ModelStatus.NOT_RECOGNISED)));

        private final Set<ModelStatus> from;

        Move(Set<ModelStatus> from) {
            this.from = from;
        }

        public boolean allowedFrom(ModelStatus status) {
            return from.contains(status);
        }
    }

    public boolean may(Move move) {
        return move.allowedFrom(status);
    }

    /** Refuses the move unless the model's status allows it, naming the move and the status. */
    public void require(Move move) {
        if (!may(move)) {
            throw DomainException.conflict(
                    "model.illegal-move",
                    new DefaultMessageSourceResolvable("model.move." + move.name()),
                    new DefaultMessageSourceResolvable("model.status." + status.name()));
        }
    }

    /** Where the model stands after a move; a commendation or a copy after the first keeps it where it is. */
    public ModelStatus after(Move move, boolean passed) {
        return switch (move) {
            case START -> ModelStatus.IN_PROGRESS;
            case EVALUATE -> passed ? ModelStatus.EVALUATED : ModelStatus.NOT_RECOGNISED;
            case RECOGNISE -> ModelStatus.RECOGNISED;
            case COMMEND -> status == ModelStatus.RECOGNISED ? ModelStatus.COMMENDED : status;
            case REPLICATE -> ModelStatus.REPLICATED;
            case REPORT_RESULTS, SCORE, ADD_PHOTO -> status;
        };
    }

    public boolean publicPage() {
        return status.recognised();
    }
}
