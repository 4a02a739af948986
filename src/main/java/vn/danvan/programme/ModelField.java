package vn.danvan.programme;

/**
 * The field (lĩnh vực) of a "Dân vận khéo" model: the four fields of provincial guidance plus nông thôn mới
 * (docs/law/rules.md B4, baobariavungtau.com.vn; Quảng Ngãi guidance [K]).
 */
public enum ModelField {
    ECONOMY,
    CULTURE_SOCIETY,
    DEFENCE_SECURITY,
    POLITICAL_SYSTEM,
    NEW_RURAL
}
