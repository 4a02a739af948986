package vn.danvan;

import vn.danvan.organization.AdministrativeUnitImport;

/**
 * Huế and two of its wards with their official codes. Every test database has the whole official list from
 * its first start (the application loads it into an empty database), so there is nothing to import.
 */
public final class TestUnits {

    public static final String HUE = "46";
    public static final String PHU_XUAN = "19753";
    public static final String THUAN_HOA = "19789";

    private TestUnits() {}

    /**
     * Kept for the fixtures that call it: the units are there already, loaded when the test database started.
     *
     * @param units unused
     */
    public static void ensureHue(AdministrativeUnitImport units) {
        // nothing to do: the official list, Huế and its wards included, is loaded on the first start
    }
}
