package uk.oic.actionplan.assurance;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long each step of an assurance cycle may take, in calendar days from the moment the step
 * begins; a step is due at the end of its last day. The cadence between cycles is plan data
 * ({@code cadence.assuranceCycleWeeks}).
 *
 * @param requestDays OPCC staff send the request for assurance
 * @param reportDays the force strategic lead provides the assurance report
 * @param endorsementDays a chief officer endorses the report or sends it back
 * @param redraftDays the strategic lead redrafts a report a chief officer sent back, counted from the
 *     send-back; never due before the report's original due date
 * @param reviewDays OPCC staff review a report or a challenge answer
 * @param meetingOutcomeDays after the accountability meeting, OPCC staff record its outcome
 * @param signOffDays the PCC signs the recommendation off or declines
 */
@Validated
@ConfigurationProperties("oic.assurance")
public record AssuranceProperties(
    @DefaultValue("7") @Min(1) int requestDays,
    @DefaultValue("21") @Min(1) int reportDays,
    @DefaultValue("7") @Min(1) int endorsementDays,
    @DefaultValue("7") @Min(1) int redraftDays,
    @DefaultValue("14") @Min(1) int reviewDays,
    @DefaultValue("7") @Min(1) int meetingOutcomeDays,
    @DefaultValue("14") @Min(1) int signOffDays) {}
