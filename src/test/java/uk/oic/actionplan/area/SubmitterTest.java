package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.Cover;

/** Who a submission is recorded as made by, with cover while away. */
class SubmitterTest {

  private final IdentityService identity = mock(IdentityService.class);
  private final DelegateTask task = mock(DelegateTask.class);

  @Test
  void aColleagueCoveringForTheAbsentOwnerIsRecordedOnTheirBehalf() {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("area2.owner", List.of("area-2-owners")));
    var cover = new Cover() {
      @Override
      public Set<String> delegatesCoveringFor(Collection<String> userIds) {
        return Set.of();
      }

      @Override
      public Optional<String> actingFor(String userId) {
        return "area2.owner".equals(userId) ? Optional.of("area1.owner") : Optional.empty();
      }

      @Override
      public Optional<String> coveredOwner(String taskId, String userId) {
        return Optional.empty();
      }

      @Override
      public Set<String> coveredBy(String delegateId) {
        return Set.of();
      }
    };

    assertThat(Submitter.of(task, identity, cover)).isEqualTo("area2.owner on behalf of area1.owner");
    assertThat(Submitter.of(task, identity, Cover.NONE)).isEqualTo("area2.owner");
  }

  @Test
  void withoutALoggedInUserTheAssigneeOrTheSystem() {
    assertThat(Submitter.of(task, identity, Cover.NONE)).isEqualTo(Submitter.SYSTEM);
    when(task.getAssignee()).thenReturn("area3.owner");
    assertThat(Submitter.of(task, identity, Cover.NONE)).isEqualTo("area3.owner");
  }
}
