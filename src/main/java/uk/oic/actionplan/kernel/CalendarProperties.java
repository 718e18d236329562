package uk.oic.actionplan.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar.
 *
 * @param zone the time zone in which a due date ends at midnight
 * @param extraClosures days that are not working days beyond the computed bank holidays, such as a
 *     one-off bank holiday for a state occasion
 */
@ConfigurationProperties("oic.calendar")
public record CalendarProperties(
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue({}) List<LocalDate> extraClosures) {}
