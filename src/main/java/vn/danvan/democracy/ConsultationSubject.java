package vn.danvan.democracy;

/**
 * What a draft put to the people is about: the matters on which citizens of a commune give their views (Luật THDCCS
 * 2022 Đ.25(1)–(9); docs/law/rules.md B3, the wording summarised [K]), with two kinds of draft the issue names
 * besides: a community's hương ước, quy ước (Luật THDCCS 2022 Đ.15(3) puts their adoption to a vote; their draft may be
 * commented first) and a draft legal document (Luật Ban hành văn bản quy phạm pháp luật, public comments [K]).
 */
public enum ConsultationSubject {
    /** Dự thảo kế hoạch phát triển kinh tế – xã hội của xã. */
    SOCIO_ECONOMIC_PLAN("Luật THDCCS 2022 Đ.25(1)"),
    /** Dự thảo quy hoạch, kế hoạch sử dụng đất. */
    LAND_USE_PLANNING("Luật THDCCS 2022 Đ.25(2)"),
    /** Dự án, công trình đầu tư; phương án bồi thường, hỗ trợ, tái định cư. */
    PROJECTS_AND_RESETTLEMENT("Luật THDCCS 2022 Đ.25(3)"),
    /** Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính. */
    ADMINISTRATIVE_BOUNDARIES("Luật THDCCS 2022 Đ.25(4)"),
    /** Dự thảo quyết định của chính quyền xã ảnh hưởng đến cộng đồng. */
    COMMUNE_DECISION("Luật THDCCS 2022 Đ.25(5)"),
    /** Quy hoạch xây dựng, quy hoạch đô thị, nông thôn. */
    CONSTRUCTION_PLANNING("Luật THDCCS 2022 Đ.25(6)"),
    /** Dự thảo quy chế thực hiện dân chủ ở xã. */
    DEMOCRACY_RULES("Luật THDCCS 2022 Đ.25(7)"),
    /** Dự thảo quyết định hạn chế quyền, lợi ích của công dân. */
    RIGHTS_RESTRICTION("Luật THDCCS 2022 Đ.25(8)"),
    /** Dự thảo hương ước, quy ước của cộng đồng dân cư. */
    COMMUNITY_RULES("Luật THDCCS 2022 Đ.15(3)"),
    /** Dự thảo văn bản quy phạm pháp luật. */
    LEGAL_DOCUMENT("Luật Ban hành VBQPPL [K]"),
    /** Nội dung khác theo quy định của pháp luật. */
    OTHER("Luật THDCCS 2022 Đ.25(9)");

    private final String source;

    ConsultationSubject(String source) {
        this.source = source;
    }

    /** The legal source, as pages show it. */
    public String source() {
        return source;
    }
}
