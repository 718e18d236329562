package uk.oic.actionplan.absence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cover while away.
 *
 * @param enabled false: no absence can be set (the API and page answer 404), no cover begins, and
 *     absences already set have no effect on tasks, reminders or records
 */
@ConfigurationProperties("oic.absence")
record AbsenceProperties(@DefaultValue("true") boolean enabled) {}
