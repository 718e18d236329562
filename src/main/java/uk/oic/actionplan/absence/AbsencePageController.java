package uk.oic.actionplan.absence;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page where a user says they will be away and who covers ({@code /me/absence}), ends their absence
 * early, and sees whom they cover for.
 */
@Controller
@RequestMapping("/me/absence")
class AbsencePageController {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Absences absences;

  AbsencePageController(Absences absences) {
    this.absences = absences;
  }

  @GetMapping
  String show(Principal user, Model model) {
    return page(user.getName(), model, Map.of(), null, null, null);
  }

  @PostMapping
  String set(Principal user, Model model, @RequestParam(defaultValue = "") String delegate,
      @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
    enabled();
    var errors = new LinkedHashMap<String, String>();
    var first = date("from", from, "the first day away", errors);
    var last = date("to", to, "the last day away", errors);
    if (errors.isEmpty()) {
      try {
        absences.set(user.getName(), new Absences.Request(delegate, first, last), user.getName());
        model.addAttribute("saved", true);
        return page(user.getName(), model, Map.of(), null, null, null);
      } catch (AbsenceRefused refused) {
        if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.CONFLICT) {
          throw refused;
        }
        errors.put(field(refused.getMessage()), refused.getMessage().replaceFirst("^(delegate|from|to): ", ""));
      }
    }
    return page(user.getName(), model, errors, delegate, from, to);
  }

  @PostMapping("/end")
  String end(Principal user, Model model) {
    enabled();
    try {
      absences.end(user.getName(), user.getName());
      model.addAttribute("ended", true);
      return page(user.getName(), model, Map.of(), null, null, null);
    } catch (AbsenceRefused refused) {
      // ended already (a second click, another tab) or by a request at the same moment
      if (refused.status() != HttpStatus.NOT_FOUND && refused.status() != HttpStatus.CONFLICT) {
        throw refused;
      }
      return page(user.getName(), model, Map.of("end", refused.getMessage()), null, null, null);
    }
  }

  private void enabled() {
    if (!absences.enabled()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String page(String userId, Model model, Map<String, String> errors, String delegate, String from, String to) {
    enabled();
    var current = absences.current(userId).orElse(null);
    model.addAttribute("errors", errors);
    model.addAttribute("absence", current);
    model.addAttribute("covering", absences.covering(userId));
    model.addAttribute("day", DAY);
    model.addAttribute("delegate", delegate != null ? delegate : current != null ? current.delegateId() : "");
    model.addAttribute("from", from != null ? from : current != null ? current.from().toString() : "");
    model.addAttribute("to", to != null ? to : current != null ? current.to().toString() : "");
    return "absence";
  }

  private static LocalDate date(String field, String value, String what, Map<String, String> errors) {
    if (value.isBlank()) {
      errors.put(field, "Enter " + what);
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "Enter " + what + " as a real date, for example 2026-08-03");
      return null;
    }
  }

  private static String field(String message) {
    for (var field : new String[] {"delegate", "from", "to"}) {
      if (message.startsWith(field + ":")) {
        return field;
      }
    }
    return "delegate";
  }
}
