package vn.danvan.petition;

import vn.danvan.shared.DomainException;

/**
 * Limits on representatives of many people with the same content (docs/law/rules.md A3): 5–10 people appoint
 * 1–2 representatives, more than 10 people at most 5 (Luật Tiếp công dân 2013 Đ.29; NĐ 124/2020 Đ.7a
 * as amended by NĐ 155/2026). A group (đoàn đông người) counts 5 people or more [K: TTCP forms].
 */
public final class GroupRepresentation {

    public static final int GROUP_THRESHOLD = 5;
    public static final int SMALL_GROUP_MAX_PEOPLE = 10;
    public static final int SMALL_GROUP_MAX_REPRESENTATIVES = 2;
    public static final int LARGE_GROUP_MAX_REPRESENTATIVES = 5;

    private GroupRepresentation() {}

    public static void check(PetitionerKind kind, int people, int representatives) {
        switch (kind) {
            case INDIVIDUAL -> {
                if (people != 1) {
                    throw DomainException.invalid("petition.individual-is-one-person");
                }
            }
            case SEVERAL -> {
                if (people < 2) {
                    throw DomainException.invalid("petition.several-needs-two");
                }
            }
            case GROUP -> {
                if (people < GROUP_THRESHOLD) {
                    throw DomainException.invalid("petition.group-needs-five", GROUP_THRESHOLD);
                }
                int max = people <= SMALL_GROUP_MAX_PEOPLE
                        ? SMALL_GROUP_MAX_REPRESENTATIVES
                        : LARGE_GROUP_MAX_REPRESENTATIVES;
                if (representatives < 1 || representatives > max) {
                    throw DomainException.invalid("petition.representatives-out-of-limits", people, max);
                }
            }
        }
    }
}
