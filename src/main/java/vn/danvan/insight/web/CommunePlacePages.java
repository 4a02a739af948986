package vn.danvan.insight.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.insight.CommunePlaces;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Forms;
import vn.danvan.shared.RenderedPages;

/** The administrators' import of the communes' boundaries or centroids (GeoJSON, format in docs/insight.md). */
@Controller
@RenderedPages
class CommunePlacePages {

    /** A province's communes with detailed boundaries fit well within this. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final CommunePlaces places;

    CommunePlacePages(CommunePlaces places) {
        this.places = places;
    }

    @GetMapping("/admin/commune-places")
    String page(Model model) {
        var known = places.places().values();
        model.addAttribute(
                "imported", known.stream().filter(CommunePlaces.Place::imported).count());
        model.addAttribute(
                "fromCases", known.stream().filter(p -> !p.imported()).count());
        return "insight/commune-places";
    }

    @PostMapping("/admin/commune-places")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > MAX_BYTES) {
                throw DomainException.invalid("insight.geojson-invalid");
            }
            var imported = places.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("importedNow", imported);
        } catch (DomainException refused) {
            Forms.flashRefusal(redirect, refused);
        }
        return "redirect:/admin/commune-places";
    }
}
