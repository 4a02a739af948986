package vn.danvan.programme;

/**
 * A model (mô hình: a way of organising dân vận work that others can copy) or an exemplar (điển hình: an exemplary
 * collective or person) — Ban Dân vận Bình Phước, Hướng dẫn 22/6/2020 (docs/law/rules.md B4).
 */
public enum ModelKind {
    MODEL,
    EXEMPLAR
}
