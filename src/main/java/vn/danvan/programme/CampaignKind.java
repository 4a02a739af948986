package vn.danvan.programme;

/**
 * What a campaign is: a relief campaign of voluntary contributions under NĐ 93/2021/NĐ-CP (money and goods, its own
 * account, receiving and distribution periods, a public ledger), or an emulation movement (phong trào thi đua) or a
 * community task force ("Tổ COVID cộng đồng"), which handle no money: goals, participants, results.
 */
public enum CampaignKind {
    RELIEF,
    MOVEMENT,
    TASK_FORCE;

    public boolean handlesMoney() {
        return this == RELIEF;
    }
}
