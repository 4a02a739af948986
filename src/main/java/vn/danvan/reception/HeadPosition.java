package vn.danvan.reception;

/** A position whose holder must receive citizens in person (docs/law/rules.md A2). */
public enum HeadPosition {
    /** Chủ tịch UBND cấp tỉnh. */
    PROVINCE_PEOPLES_COMMITTEE_CHAIR,
    /** Chủ tịch UBND cấp xã. */
    COMMUNE_PEOPLES_COMMITTEE_CHAIR,
    /** Thủ trưởng cơ quan hành chính (sở, ban, ngành). */
    AGENCY_HEAD,
    /** Người đứng đầu đơn vị sự nghiệp công lập. */
    PUBLIC_SERVICE_UNIT_HEAD,
    /** Bí thư cấp ủy cấp tỉnh. */
    PROVINCE_PARTY_SECRETARY,
    /** Bí thư cấp ủy cấp xã. */
    COMMUNE_PARTY_SECRETARY;

    public boolean isPartySecretary() {
        return this == PROVINCE_PARTY_SECRETARY || this == COMMUNE_PARTY_SECRETARY;
    }
}
