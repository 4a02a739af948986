package vn.danvan.democracy;

/**
 * How the Front criticises a draft (Luật MTTQ 2015 Đ.34): a conference (hội nghị phản biện), written opinions asked
 * of organisations and experts, or a direct dialogue with the drafting body.
 */
public enum CriticismForm {
    CONFERENCE,
    WRITTEN_OPINIONS,
    DIALOGUE
}
