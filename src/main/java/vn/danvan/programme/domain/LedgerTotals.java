package vn.danvan.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/** What a campaign received and gave out: money in VND, goods per item and unit. */
public record LedgerTotals(
        BigDecimal moneyReceived,
        BigDecimal moneyDistributed,
        BigDecimal moneyTransferredUp,
        List<ItemBalance> items,
        long contributions,
        long donors) {

    public record ItemBalance(String item, String unit, BigDecimal received, BigDecimal distributed) {

        public BigDecimal remaining() {
            return received.subtract(distributed);
        }
    }

    public BigDecimal moneyRemaining() {
        return moneyReceived.subtract(moneyDistributed);
    }
}
