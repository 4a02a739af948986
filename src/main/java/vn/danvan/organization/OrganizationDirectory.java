package vn.danvan.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about administrative units and bodies. */
@Component
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final Bodies bodies;
    private final AdministrativeUnits units;

    OrganizationDirectory(Bodies bodies, AdministrativeUnits units) {
        this.bodies = bodies;
        this.units = units;
    }

    public Optional<Body> body(long id) {
        return bodies.find(id);
    }

    public Optional<Body> bodyByCode(String code) {
        return bodies.findByCode(code);
    }

    public List<Body> bodies() {
        return bodies.all();
    }

    public Set<Long> bodyWithSubordinates(long id) {
        return bodies.withSubordinates(id);
    }

    public Optional<AdministrativeUnit> commune(String code) {
        return units.current(UnitLevel.COMMUNE, code);
    }

    public Optional<AdministrativeUnit> province(String code) {
        return units.current(UnitLevel.PROVINCE, code);
    }

    public List<AdministrativeUnit> provinces() {
        return units.currentProvinces();
    }

    public List<AdministrativeUnit> communesOf(String provinceCode) {
        return units.currentCommunes(provinceCode);
    }
}
