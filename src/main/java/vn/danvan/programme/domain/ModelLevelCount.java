package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.danvan.organization.UnitLevel;

/** The models of one level in one year: registered, recognised, replicas, and the share recognised. */
public record ModelLevelCount(UnitLevel level, long registered, long recognised, long commended, long replicas) {

    /** Recognised of registered, in per cent with one decimal (e.g. 1,808 of 2,071 → 87.3). */
    public BigDecimal share() {
        if (registered == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(recognised * 100L).divide(BigDecimal.valueOf(registered), 1, RoundingMode.HALF_UP);
    }
}
