package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** How claims become a user id and groups, how the mapping is read from the configuration, and a missing provider. */
class SsoAccountsTest {

  @Test
  void aUserNameBecomesAValidUserIdInLowerCase() {
    assertThat(SsoAccounts.userId("Jane.Smith@Force.Police.UK", "preferred_username")).isEqualTo("jane.smith_force.police.uk");
    assertThat(SsoAccounts.userId(" area1.owner ", "preferred_username")).isEqualTo("area1.owner");
    assertThat(SsoAccounts.userId("x".repeat(64), "sub")).hasSize(64);
  }

  @Test
  void aUserNameThatCannotBeMadeValidIsRefusedWithTheClaimsName() {
    for (var value : new Object[] {null, "", "  ", "@force.police.uk", "_jane", ".jane", "x".repeat(65), List.of("jane"),
        // rewriting these would let two people's names become one id
        "Zoë O'Neil", "o'brien@force.police.uk", "jane smith", "jane@force@police.uk", "jane!@force.police.uk"}) {
      assertThatThrownBy(() -> SsoAccounts.userId(value, "preferred_username"))
          .isInstanceOf(SsoAccounts.SsoRefusedException.class)
          .hasMessageContaining("'preferred_username'");
    }
  }

  @Test
  void theGroupsClaimMapsOnlyWhatTheMappingNamesIgnoringCase() {
    var properties = bind(Map.of(
        "oic.sso.group-mapping.[3F0E9A7C-1B2D-4C5E-8F90-A1B2C3D4E5F6]", "area-1-owners",
        "oic.sso.group-mapping.[0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a]", "opcc-staff, pcc"));
    var accounts = new SsoAccounts(null, properties, null, null, null, null);

    assertThat(accounts.mappedGroups(List.of("3f0e9a7c-1b2d-4c5e-8f90-a1b2c3d4e5f6", "0D1E2F3A-4B5C-4D6E-8F7A-9B0C1D2E3F4A")))
        .containsExactly("area-1-owners", "opcc-staff", "pcc");
    assertThat(accounts.mappedGroups("3f0e9a7c-1b2d-4c5e-8f90-a1b2c3d4e5f6")).containsExactly("area-1-owners");
    assertThat(accounts.mappedGroups(List.of("area-1-owners", "camunda-admin"))).isEmpty();
    assertThat(accounts.mappedGroups(null)).isEmpty();
    assertThat(accounts.mappedGroups(42)).isEmpty();
  }

  @Test
  void theDefaultsAreTheUsualClaimsAndSingleSignOnOff() {
    var properties = bind(Map.of());

    assertThat(properties.enabled()).isFalse();
    assertThat(properties.userIdClaim()).isEqualTo("preferred_username");
    assertThat(properties.groupsClaim()).isEqualTo("groups");
    assertThat(properties.groupMapping()).isEmpty();
    assertThat(properties.audiences()).isEmpty();
  }

  @Test
  void singleSignOnOnWithoutAProviderStopsStartUpSayingWhatIsMissing() {
    var noProvider = new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class);

    assertThatThrownBy(() -> new SingleSignOn(noProvider, null, bind(Map.of("oic.sso.enabled", "true"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("oic.sso.enabled is true but no provider is configured")
        .hasMessageContaining("spring.security.oauth2.client.provider.<id>.issuer-uri");
  }

  private static SsoProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("oic.sso", SsoProperties.class);
  }
}
