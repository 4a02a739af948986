package vn.danvan.petition.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.petition.ResolutionFigures;

/** The figures of a resolved complaint or denunciation ({@code petition.resolution_figures}). */
@Repository
public class ResolutionFigureRecords {

    private final JdbcClient jdbc;

    ResolutionFigureRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long petitionId, ResolutionFigures figures) {
        jdbc.sql("""
                insert into petition.resolution_figures (petition_id, money_to_state_vnd, land_to_state_m2,
                    money_to_citizens_vnd, land_to_citizens_m2, people_rights_restored,
                    people_recommended_for_sanction, transferred_to_investigation, subjects_transferred)
                values (:petition, :moneyToState, :landToState, :moneyToCitizens, :landToCitizens, :restored,
                    :sanction, :investigation, :subjects)
                on conflict (petition_id) do update set money_to_state_vnd = excluded.money_to_state_vnd,
                    land_to_state_m2 = excluded.land_to_state_m2, money_to_citizens_vnd = excluded.money_to_citizens_vnd,
                    land_to_citizens_m2 = excluded.land_to_citizens_m2,
                    people_rights_restored = excluded.people_rights_restored,
                    people_recommended_for_sanction = excluded.people_recommended_for_sanction,
                    transferred_to_investigation = excluded.transferred_to_investigation,
                    subjects_transferred = excluded.subjects_transferred
                """)
                .param("petition", petitionId)
                .param("moneyToState", figures.moneyToStateVnd())
                .param("landToState", figures.landToStateM2())
                .param("moneyToCitizens", figures.moneyToCitizensVnd())
                .param("landToCitizens", figures.landToCitizensM2())
                .param("restored", figures.peopleRightsRestored())
                .param("sanction", figures.peopleRecommendedForSanction())
                .param("investigation", figures.transferredToInvestigation())
                .param("subjects", figures.subjectsTransferredToInvestigation())
                .update();
    }
}
