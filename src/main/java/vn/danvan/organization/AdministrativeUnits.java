package vn.danvan.organization;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Provinces and communes, current and historical. */
@Repository
class AdministrativeUnits {

    static final RowMapper<AdministrativeUnit> UNIT = (rs, row) -> new AdministrativeUnit(rs.getString("code"),
            UnitLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("full_name"),
            rs.getString("province_code"), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class));

    private final JdbcClient jdbc;

    AdministrativeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AdministrativeUnit> current(UnitLevel level, String code) {
        return jdbc.sql("select * from organization.administrative_unit where level = ? and code = ? and valid_to is null")
                .params(level.name(), code).query(UNIT).optional();
    }

    Optional<AdministrativeUnit> validOn(UnitLevel level, String code, LocalDate date) {
        return jdbc.sql("""
                select * from organization.administrative_unit
                where level = ? and code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                """).params(level.name(), code, Date.valueOf(date), Date.valueOf(date)).query(UNIT).optional();
    }

    List<AdministrativeUnit> currentProvinces() {
        return jdbc.sql("select * from organization.administrative_unit where level = 'PROVINCE' and valid_to is null order by code")
                .query(UNIT).list();
    }

    List<AdministrativeUnit> currentCommunes(String provinceCode) {
        return jdbc.sql("""
                select * from organization.administrative_unit
                where level = 'COMMUNE' and province_code = ? and valid_to is null order by search_text
                """).param(provinceCode).query(UNIT).list();
    }

    int countCurrent(UnitLevel level) {
        return jdbc.sql("select count(*) from organization.administrative_unit where level = ? and valid_to is null")
                .param(level.name()).query(Integer.class).single();
    }
}
