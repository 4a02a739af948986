package vn.danvan.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.danvan.programme.CampaignKind;
import vn.danvan.shared.DomainException;

/**
 * A campaign as stored, with the moves its periods allow: money and goods are received only in the receiving
 * period (NĐ 93/2021 Đ.8, Đ.9: no receipts after it) and given out from the start of receiving to the end of
 * distribution; a movement or task force handles no money at all.
 */
public record Campaign(
        long id,
        CampaignKind kind,
        long bodyId,
        String level,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        String title,
        String purpose,
        @Nullable String scope,
        @Nullable String bankName,
        @Nullable String bankAccount,
        LocalDate launchedOn,
        @Nullable LocalDate receivingFrom,
        @Nullable LocalDate receivingUntil,
        @Nullable LocalDate distributionUntil,
        boolean extended,
        @Nullable String goals,
        @Nullable Integer participants,
        @Nullable String results,
        int version) {

    public enum Stage {
        PREPARING,
        RECEIVING,
        DISTRIBUTING,
        ENDED,
        ONGOING
    }

    public Stage stage(LocalDate today) {
        if (!kind.handlesMoney() || receivingFrom == null || receivingUntil == null || distributionUntil == null) {
            return Stage.ONGOING;
        }
        if (today.isBefore(receivingFrom)) {
            return Stage.PREPARING;
        }
        if (!today.isAfter(receivingUntil)) {
            return Stage.RECEIVING;
        }
        if (!today.isAfter(distributionUntil)) {
            return Stage.DISTRIBUTING;
        }
        return Stage.ENDED;
    }

    public LocalDate receivingStart() {
        return require(receivingFrom);
    }

    public LocalDate receivingEnd() {
        return require(receivingUntil);
    }

    public LocalDate distributionEnd() {
        return require(distributionUntil);
    }

    public void requireMoney() {
        if (!kind.handlesMoney()) {
            throw DomainException.conflict("campaign.no-money");
        }
    }

    /** A contribution received on that day is within the receiving period. */
    public void checkReceipt(LocalDate receivedOn) {
        requireMoney();
        if (receivedOn.isBefore(receivingStart()) || receivedOn.isAfter(receivingEnd())) {
            throw DomainException.invalid("campaign.outside-receiving", shown(receivingStart()), shown(receivingEnd()));
        }
    }

    /** Something given out on that day is within the campaign's distribution (from receiving to distribution end). */
    public void checkDistribution(LocalDate distributedOn) {
        requireMoney();
        if (distributedOn.isBefore(receivingStart()) || distributedOn.isAfter(distributionEnd())) {
            throw DomainException.invalid(
                    "campaign.outside-distribution", shown(receivingStart()), shown(distributionEnd()));
        }
    }

    /** A date as pages and messages show it: 12/02/2027. */
    public static String shown(LocalDate date) {
        return DAY.format(date);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static LocalDate require(@Nullable LocalDate date) {
        if (date == null) {
            throw DomainException.conflict("campaign.no-money");
        }
        return date;
    }
}
