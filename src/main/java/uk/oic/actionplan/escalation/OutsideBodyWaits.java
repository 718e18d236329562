package uk.oic.actionplan.escalation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Reads an item's {@link OutsideBodyWait} from its running source process instance, or, where that
 * instance does not carry the variables (a user task in a called process), from the instances that
 * called it, nearest first.
 */
@Component
class OutsideBodyWaits {

  private static final List<String> NAMES = List.of(OutsideBodyWait.WAITING_ON, OutsideBodyWait.WAITING_FOR,
      OutsideBodyWait.WAITING_SINCE, OutsideBodyWait.WAITING_CHASED_ON);

  private final RuntimeService runtimeService;

  OutsideBodyWaits(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Empty when the instance has ended, or when nothing up the chain is waiting. */
  Optional<OutsideBodyWait> of(String processInstanceId) {
    var seen = new HashSet<String>();
    for (var id = processInstanceId; id != null && seen.add(id); id = superInstanceOf(id)) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 0) {
        return Optional.empty();
      }
      var variables = runtimeService.getVariables(id, NAMES);
      // set here (even empty, meaning "no longer waiting"): this instance decides
      if (variables.get(OutsideBodyWait.WAITING_ON) != null) {
        return OutsideBodyWait.from(variables);
      }
    }
    return Optional.empty();
  }

  private String superInstanceOf(String processInstanceId) {
    var parent = runtimeService.createProcessInstanceQuery().subProcessInstanceId(processInstanceId).singleResult();
    return parent == null ? null : parent.getId();
  }
}
