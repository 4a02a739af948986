package vn.danvan.programme;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a model stands (docs/law/rules.md B4: đăng ký → đang thực hiện → đánh giá → công nhận/khen thưởng → nhân rộng). A
 * council's result below the round's threshold ends the model's run as not recognised.
 */
public enum ModelStatus {
    REGISTERED,
    IN_PROGRESS,
    EVALUATED,
    NOT_RECOGNISED,
    RECOGNISED,
    COMMENDED,
    REPLICATED;

    /** Recognised, whatever came after: what the portal shows and the share recognised counts. */
    public static final Set<ModelStatus> RECOGNISED_OR_LATER = EnumSet.of(RECOGNISED, COMMENDED, REPLICATED);

    public boolean recognised() {
        return RECOGNISED_OR_LATER.contains(this);
    }
}
