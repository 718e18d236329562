package uk.oic.actionplan.absence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * Setting and ending absences. An absence runs from the start of its first day to the end of its last
 * (plan calendar, Europe/London). One that begins today or earlier begins at once; its timers, in an
 * {@code oic-absence-cover} instance, begin it later and end it after its last day on whichever node's
 * job executor gets there first, and survive restarts. Each change is one transaction: refused, it
 * stores nothing.
 */
@Service
class Absences {

  static final String PROCESS_KEY = "oic-absence-cover";
  static final String ABSENCE_ID = "absenceId";
  static final String COVER_STARTS_AT = "coverStartsAt";
  static final String COVER_ENDS_AT = "coverEndsAt";
  static final String SYSTEM = "system";
  /** The instance's wait for the end of the last day away. */
  static final String LAST_DAY_PASSED = "Timer_LastDayAwayPassed";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final AbsenceProperties properties;
  private final AbsenceStore store;
  private final CoverLinks links;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final ZoneId zone;

  Absences(AbsenceProperties properties, AbsenceStore store, CoverLinks links, IdentityService identityService,
      RuntimeService runtimeService, Clock engineClock, CalendarProperties calendar) {
    this.properties = properties;
    this.store = store;
    this.links = links;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.clock = engineClock;
    this.zone = calendar.zone();
  }

  /** What a caller asks for: the delegate's user id and the first and last days away. */
  record Request(String delegate, LocalDate from, LocalDate to) {}

  boolean enabled() {
    return properties.enabled();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  boolean userExists(String userId) {
    return userId != null && identityService.createUserQuery().userId(userId).count() > 0;
  }

  Optional<Absence> current(String userId) {
    return store.openFor(userId);
  }

  List<Absence> covering(String delegateId) {
    return store.openDelegatedTo(delegateId);
  }

  List<AbsenceStore.Action> actions(long absenceId) {
    return store.actions(absenceId);
  }

  /** Sets the user's absence, replacing the one they had (whose cover ends at once). */
  @Transactional
  Absence set(String userId, Request request, String setBy) {
    enabledOrRefuse();
    var checked = check(userId, request);
    var now = now();
    store.openFor(userId).ifPresent(old -> close(old, Absence.REPLACED, setBy, now));
    long id;
    try {
      id = store.insert(userId, checked.delegate(), checked.from(), checked.to(), setBy, now);
    } catch (DuplicateKeyException simultaneous) {
      throw AbsenceRefused.conflict("Another request changed this absence at the same moment. Read it again and retry.");
    }
    var absence = store.byId(id).orElseThrow();
    var start = runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey("absence-" + id)
        .setVariables(Map.of(
            ABSENCE_ID, id,
            COVER_STARTS_AT, Date.from(checked.from().atStartOfDay(zone).toInstant()),
            COVER_ENDS_AT, Date.from(checked.to().plusDays(1).atStartOfDay(zone).toInstant())));
    if (!checked.from().isAfter(today())) {
      // the first day has come: the cover begins now, and the instance waits for the last day to pass
      store.move(id, Absence.SCHEDULED, Absence.COVERING);
      links.begin(absence);
      start.startBeforeActivity(LAST_DAY_PASSED);
    }
    var instance = start.execute();
    store.processInstance(id, instance.getId());
    return store.byId(id).orElseThrow();
  }

  /** Ends the user's absence now: before it began, it is cancelled; during it, the cover ends at once. */
  @Transactional
  Absence end(String userId, String endedBy) {
    enabledOrRefuse();
    var absence = store.openFor(userId).orElseThrow(() -> AbsenceRefused.notFound(
        "There is no current or coming absence to end."));
    var status = Absence.SCHEDULED.equals(absence.status()) ? Absence.CANCELLED : Absence.ENDED_EARLY;
    close(absence, status, endedBy, now());
    return store.byId(absence.id()).orElseThrow();
  }

  /** The first day has come (the instance's first timer): the cover begins, unless it began or ended already. */
  @Transactional
  void begin(long absenceId) {
    if (!properties.enabled()) {
      return;
    }
    if (store.move(absenceId, Absence.SCHEDULED, Absence.COVERING)) {
      links.begin(store.byId(absenceId).orElseThrow());
    }
  }

  /** The last day has passed (the instance's second timer): the cover ends, unless it ended already. */
  @Transactional
  void expire(long absenceId) {
    var absence = store.byId(absenceId).orElse(null);
    if (absence == null || !absence.open()) {
      return;
    }
    if (store.end(absenceId, Absence.ENDED, SYSTEM, now())) {
      links.end(absence);
    }
  }

  private void close(Absence absence, String status, String by, OffsetDateTime now) {
    if (!store.end(absence.id(), status, by, now)) {
      throw AbsenceRefused.conflict("Another request changed this absence at the same moment. Read it again and retry.");
    }
    // always: a begin timer may have moved it to COVERING (and added links) since it was read
    links.end(absence);
    if (absence.processInstanceId() != null) {
      runtimeService.deleteProcessInstanceIfExists(absence.processInstanceId(), "absence " + status.toLowerCase(Locale.ROOT),
          true, true, true, false);
    }
  }

  private void enabledOrRefuse() {
    if (!properties.enabled()) {
      throw AbsenceRefused.notFound("Cover while away is not enabled here.");
    }
  }

  private Request check(String userId, Request request) {
    if (!userExists(userId)) {
      throw AbsenceRefused.notFound("There is no user '" + userId + "'.");
    }
    if (request == null) {
      throw AbsenceRefused.badRequest("Give the delegate and the first and last days away: "
          + "{\"delegate\": \"user id\", \"from\": \"2026-08-03\", \"to\": \"2026-08-14\"}.");
    }
    if (request.delegate() == null || request.delegate().isBlank()) {
      throw AbsenceRefused.badRequest("delegate: give the user id of the colleague who covers while you are away.");
    }
    if (request.from() == null) {
      throw AbsenceRefused.badRequest("from: give the first day away (yyyy-mm-dd).");
    }
    if (request.to() == null) {
      throw AbsenceRefused.badRequest("to: give the last day away (yyyy-mm-dd).");
    }
    var delegate = request.delegate().strip();
    if (!userExists(delegate)) {
      throw AbsenceRefused.badRequest("delegate: there is no user '" + abbreviate(delegate) + "'.");
    }
    if (delegate.equals(userId)) {
      throw AbsenceRefused.badRequest("delegate: nobody can cover for themselves; choose a colleague.");
    }
    if (request.to().isBefore(request.from())) {
      throw AbsenceRefused.badRequest("to: the last day away (" + day(request.to()) + ") is before the first ("
          + day(request.from()) + ").");
    }
    if (request.to().isBefore(today())) {
      throw AbsenceRefused.badRequest("to: the last day away (" + day(request.to()) + ") has passed.");
    }
    var delegatesAbsence = store.openFor(delegate);
    if (delegatesAbsence.isPresent() && overlaps(delegatesAbsence.get(), request)) {
      var away = delegatesAbsence.get();
      throw AbsenceRefused.badRequest("delegate: " + delegate + " is away from " + day(away.from()) + " to "
          + day(away.to()) + " and cannot cover then; choose someone who is here.");
    }
    for (var covered : store.openDelegatedTo(userId)) {
      if (overlaps(covered, request)) {
        throw AbsenceRefused.badRequest("from: " + userId + " covers for " + covered.userId() + " from "
            + day(covered.from()) + " to " + day(covered.to()) + "; that absence needs another delegate first.");
      }
    }
    return new Request(delegate, request.from(), request.to());
  }

  private static boolean overlaps(Absence absence, Request request) {
    return !absence.from().isAfter(request.to()) && !request.from().isAfter(absence.to());
  }

  private static String day(LocalDate date) {
    return DAY.format(date);
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
