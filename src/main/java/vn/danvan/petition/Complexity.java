package vn.danvan.petition;

/**
 * How complex a complaint or denunciation was declared, in writing, with its criteria (NĐ 124/2020 Đ.3a as
 * added by NĐ 155/2026 Đ.2; Luật Tố cáo 2018 Đ.30(1)). A complex complaint takes the longer resolution period
 * (Luật Khiếu nại 2011 Đ.28, Đ.37); a denunciation may be extended once if complex, twice if especially complex,
 * never if ordinary.
 */
public enum Complexity {
    /** Thông thường. */
    ORDINARY(0),
    /** Phức tạp. */
    COMPLEX(1),
    /** Đặc biệt phức tạp (Luật Tố cáo 2018 Đ.30(1); the complaint law knows no such degree). */
    ESPECIALLY_COMPLEX(2);

    private final int denunciationExtensions;

    Complexity(int denunciationExtensions) {
        this.denunciationExtensions = denunciationExtensions;
    }

    public boolean complex() {
        return this != ORDINARY;
    }

    /** Luật Tố cáo 2018 Đ.30(1): one extension of at most 30 days if complex, two if especially complex. */
    public int denunciationExtensions() {
        return denunciationExtensions;
    }
}
