package vn.danvan.programme;

import vn.danvan.programme.domain.CampaignRule;

/**
 * What a relief campaign's organiser must make public, and when (NĐ 93/2021/NĐ-CP Đ.14), and the report a provincial
 * Ban Vận động owes the central one (Đ.13): one clock per duty.
 */
public enum PublicationDuty {
    CALL(CampaignRule.PUBLISH_CALL),
    RECEIVING_DETAILS(CampaignRule.PUBLISH_RECEIVING_DETAILS),
    BENEFICIARIES(CampaignRule.PUBLISH_BENEFICIARIES),
    RECEIVED_TOTALS(CampaignRule.PUBLISH_RECEIVED_TOTALS),
    DISTRIBUTED_TOTALS(CampaignRule.PUBLISH_DISTRIBUTED_TOTALS),
    REPORT_UPWARD(CampaignRule.REPORT_UPWARD);

    private final CampaignRule rule;

    PublicationDuty(CampaignRule rule) {
        this.rule = rule;
    }

    public CampaignRule rule() {
        return rule;
    }

    /** Whether the public ledger shows it: the report upward is between Ban Vận động levels. */
    public boolean isPublic() {
        return this != REPORT_UPWARD;
    }
}
