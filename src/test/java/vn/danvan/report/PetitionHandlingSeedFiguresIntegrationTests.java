package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;

/**
 * The figures our users quote — "2,054 đơn: 1,431 thuộc thẩm quyền, 623 không thuộc; đã giải quyết
 * 1,403, đang giải quyết 28" — come out of 2,054 raw cases. The cases are written in bulk, the way the
 * data generator of bench/ writes them, straight into the petition table the report's view reads.
 */
@DanvanIntegrationTest
class PetitionHandlingSeedFiguresIntegrationTests {

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    PetitionHandlingReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedFiguresComeOutOfTwoThousandAndFiftyFourRawCases() {
        var setting = fixtures.setting();
        long body = setting.province().id();
        // 1..1403 accepted and resolved, 1404..1431 accepted and being resolved, 1432..1731 guided, the rest
        // transferred.
        jdbc.sql("""
                insert into petition.petition (tracking_code, body_id, channel, petition_type, field_code, petitioner_kind,
                    title, content, received_on, state, processing_due, decision, decided_on, resolution_due,
                    outcome, resolved_on, search_text)
                select 'SEED-' || :body || '-' || i, :body, 'POST',
                       (array['COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK'])[1 + i % 4],
                       (array['LAND', 'LAND', 'LAND', 'HOUSING', 'POLICY', 'ENVIRONMENT'])[1 + i % 6], 'INDIVIDUAL',
                       'Đơn số ' || i, 'Nội dung đơn số ' || i, received, state, received + 10,
                       decision, received + 3,
                       case when decision = 'ACCEPT' then received + 33 end,
                       case when state = 'RESOLVED' then (array['RIGHT', 'WRONG', 'PARTLY_RIGHT', 'WITHDRAWN'])[1 + i % 4] end,
                       case when state = 'RESOLVED' then received + 23 end,
                       'don so ' || i
                from (select i, date '2025-01-02' + (i % 300) as received,
                             case when i <= 1403 then 'RESOLVED' when i <= 1431 then 'ACCEPTED'
                                  when i <= 1731 then 'GUIDED' else 'TRANSFERRED' end as state,
                             case when i <= 1431 then 'ACCEPT' when i <= 1731 then 'GUIDE' else 'TRANSFER' end as decision
                      from generate_series(1, 2054) as i) cases
                """).param("body", body).update();

        var figures = reports.compile(
                        body, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false, setting.provinceHead())
                .figures();

        assertThat(figures.eligible()).isEqualTo(2_054);
        assertThat(figures.withinJurisdiction()).isEqualTo(1_431);
        assertThat(figures.outsideJurisdiction()).isEqualTo(623);
        assertThat(figures.resolved()).isEqualTo(1_403);
        assertThat(figures.inProgress()).isEqualTo(28);
        assertThat(figures.resolvedOnTime()).isEqualTo(1_403);
        assertThat(figures.guided() + figures.transferred()).isEqualTo(623);
    }
}
