package vn.danvan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import vn.danvan.organization.AdministrativeUnitImport;

/** Huế and two of its wards with their official codes, imported as an administrator would (idempotent). */
public final class TestUnits {

    public static final String HUE = "46";
    public static final String PHU_XUAN = "19753";
    public static final String THUAN_HOA = "19789";

    private TestUnits() {
    }

    public static void ensureHue(AdministrativeUnitImport units) {
        units.importProvinces(utf8("code,name,name_en,full_name,full_name_en,type,type_name\n"
                + "46,Huế,Hue,Thành phố Huế,Hue City,thanh_pho_truc_thuoc_trung_uong,Thành phố trực thuộc trung ương\n"));
        units.importCommunes(utf8("code,name,name_en,full_name,full_name_en,type,type_name,province_code\n"
                + "19753,Phú Xuân,Phu Xuan,Phường Phú Xuân,Phu Xuan Ward,phuong,Phường,46\n"
                + "19789,Thuận Hoá,Thuan Hoa,Phường Thuận Hoá,Thuan Hoa Ward,phuong,Phường,46\n"));
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
