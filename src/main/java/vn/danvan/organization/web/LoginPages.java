package vn.danvan.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.shared.RenderedPages;

@Controller
@RenderedPages
class LoginPages {

    @GetMapping("/login")
    String showLogin() {
        return "organization/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/petitions";
    }
}
