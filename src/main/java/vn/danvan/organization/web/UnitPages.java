package vn.danvan.organization.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organization.AdministrativeUnit;
import vn.danvan.organization.AdministrativeUnitImport;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.UnitLevel;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.RenderedPages;

/** Administrators import the official unit lists and look communes up. */
@Controller
@RenderedPages
@RequestMapping("/admin/units")
class UnitPages {

    static final int PAGE_SIZE = 50;

    private final OrganizationDirectory directory;
    private final AdministrativeUnitImport unitImport;
    private final MessageSource messages;

    UnitPages(OrganizationDirectory directory, AdministrativeUnitImport unitImport, MessageSource messages) {
        this.directory = directory;
        this.unitImport = unitImport;
        this.messages = messages;
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        int total = directory.countCommunes(q);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.clamp(page, 0, pages - 1);
        var provinces = directory.provinces();
        Map<String, String> provinceNames =
                provinces.stream().collect(Collectors.toMap(AdministrativeUnit::code, AdministrativeUnit::fullName));
        model.addAttribute("provinces", provinces);
        model.addAttribute("provinceNames", provinceNames);
        model.addAttribute("communeCounts", directory.communeCountsByProvince());
        model.addAttribute("q", q);
        model.addAttribute("communes", directory.searchCommunes(q, current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("defaultValidFrom", AdministrativeUnitImport.REFORM_DATE);
        return "organization/units";
    }

    @PostMapping("/provinces")
    String importProvinces(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate validFrom,
            RedirectAttributes flash,
            Locale locale) {
        return importFile(UnitLevel.PROVINCE, file, validFrom, flash, locale);
    }

    @PostMapping("/communes")
    String importCommunes(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate validFrom,
            RedirectAttributes flash,
            Locale locale) {
        return importFile(UnitLevel.COMMUNE, file, validFrom, flash, locale);
    }

    private String importFile(
            UnitLevel level,
            MultipartFile file,
            @Nullable LocalDate validFrom,
            RedirectAttributes flash,
            Locale locale) {
        LocalDate from = validFrom == null ? AdministrativeUnitImport.REFORM_DATE : validFrom;
        if (file.isEmpty()) {
            flash.addFlashAttribute("importError", messages.getMessage("organization.units.no-file", null, locale));
            return "redirect:/admin/units";
        }
        try (InputStream csv = file.getInputStream()) {
            var result = level == UnitLevel.PROVINCE
                    ? unitImport.importProvinces(csv, from)
                    : unitImport.importCommunes(csv, from);
            String what = messages.getMessage("organization.units.level." + level.name(), null, locale);
            flash.addFlashAttribute(
                    "importResult",
                    messages.getMessage(
                            "organization.units.imported",
                            new Object[] {what, result.added(), result.updated(), result.unchanged()},
                            locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("importError", messages.getMessage(e.code(), e.arguments(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/admin/units";
    }
}
