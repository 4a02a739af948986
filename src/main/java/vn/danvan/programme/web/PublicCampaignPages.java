package vn.danvan.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.programme.CampaignLedger;
import vn.danvan.programme.PublicationDuty;
import vn.danvan.programme.domain.Campaign;
import vn.danvan.programme.domain.DutyClock;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InputText;
import vn.danvan.shared.RenderedPages;

/**
 * The public ledger (NĐ 93/2021 Đ.14): the campaigns whose call was published, by province and commune, and each
 * campaign's page — totals received (money and goods), distributed and passed up, what was published when and how
 * long it stays up, beneficiaries and criteria once published, and the donors by name or "Ẩn danh" as each chose.
 * Donors' contacts and beneficiaries' addresses are never shown.
 */
@Controller
@RenderedPages
class PublicCampaignPages {

    private final CampaignLedger ledger;
    private final OrganizationDirectory organization;
    private final Clock clock;

    PublicCampaignPages(CampaignLedger ledger, OrganizationDirectory organization, Clock clock) {
        this.ledger = ledger;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/portal/programme/campaigns")
    String index(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String commune,
            Model model) {
        String provinceCode = InputText.blankToNull(province);
        String communeCode = InputText.blankToNull(commune);
        if ((provinceCode != null && !provinceCode.matches("\\d{2}"))
                || (communeCode != null && !communeCode.matches("\\d{5}"))) {
            throw DomainException.invalid("campaign.place-malformed");
        }
        List<AdministrativeUnit> provinces = organization.provinces();
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", provinceCode);
        model.addAttribute("commune", communeCode);
        model.addAttribute("communes", provinceCode == null ? List.of() : organization.communesOf(provinceCode));
        List<Campaign> campaigns = ledger.publishedIn(provinceCode, communeCode);
        model.addAttribute("campaigns", campaigns);
        model.addAttribute(
                "places", campaigns.stream().collect(Collectors.toMap(Campaign::id, c -> place(c), (a, b) -> a)));
        model.addAttribute("today", today());
        return "programme/campaigns-public";
    }

    @GetMapping("/portal/programme/campaigns/{id}")
    String ledger(@PathVariable long id, Model model) {
        Campaign campaign = ledger.published(id);
        LocalDate today = today();
        Map<PublicationDuty, DutyClock> clocks = new EnumMap<>(PublicationDuty.class);
        ledger.duties(List.of(id)).stream().filter(d -> d.duty().isPublic()).forEach(d -> clocks.put(d.duty(), d));
        boolean beneficiariesPublished = clocks.containsKey(PublicationDuty.BENEFICIARIES)
                && clocks.get(PublicationDuty.BENEFICIARIES).doneOn() != null;
        model.addAttribute("campaign", campaign);
        model.addAttribute("stage", campaign.stage(today));
        model.addAttribute("place", place(campaign));
        model.addAttribute(
                "organiser",
                organization.body(campaign.bodyId()).map(b -> b.name()).orElse(""));
        model.addAttribute("clocks", clocks.values());
        model.addAttribute("today", today);
        if (campaign.kind().handlesMoney()) {
            model.addAttribute("totals", ledger.totals(id));
            model.addAttribute("contributions", ledger.contributions(id));
            model.addAttribute("distributions", ledger.distributions(id));
            model.addAttribute("beneficiaries", beneficiariesPublished ? ledger.beneficiaries(id) : List.of());
        }
        model.addAttribute("beneficiariesPublished", beneficiariesPublished);
        return "programme/campaigns-ledger";
    }

    private String place(Campaign campaign) {
        if (campaign.communeCode() != null) {
            return organization
                    .commune(campaign.communeCode())
                    .map(AdministrativeUnit::fullName)
                    .orElse(campaign.communeCode());
        }
        if (campaign.provinceCode() != null) {
            return organization
                    .province(campaign.provinceCode())
                    .map(AdministrativeUnit::fullName)
                    .orElse(campaign.provinceCode());
        }
        return "";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
