package vn.danvan.reception;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.shared.RenderedPages;

/** The published reception schedule, for citizens, without login (Luật Tiếp công dân: lịch tiếp được công khai). */
@Controller
@RenderedPages
class PublicSchedulePage {

    private final ReceptionSchedule schedule;
    private final OrganizationDirectory organization;

    PublicSchedulePage(ReceptionSchedule schedule, OrganizationDirectory organization) {
        this.schedule = schedule;
        this.organization = organization;
    }

    @GetMapping("/portal/reception")
    String schedule(Model model) {
        Map<Long, String> bodyNames = organization.bodies().stream().collect(Collectors.toMap(Body::id, Body::name));
        model.addAttribute("sessions", schedule.publishedFrom(ReceptionPages.today(), 200));
        model.addAttribute("bodyNames", bodyNames);
        return "reception/public-schedule";
    }
}
