package uk.oic.actionplan.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The directory's settings as the production profile reads them from the environment. */
class LdapPropertiesTest {

  @Test
  void offUnlessSwitchedOnWithTheDefaultsOfAnOpenLdapDirectory() throws IOException {
    var directory = bind(Map.of());
    assertThat(directory.enabled()).isFalse();
    assertThat(directory.isAdministrator("it.admin", List.of("camunda-admin"))).isFalse();
    assertThat(directory.userIdAttribute()).isEqualTo("uid");
    assertThat(directory.groupIdAttribute()).isEqualTo("cn");
    assertThat(directory.userSearchBase()).isEqualTo("ou=people");
    assertThat(directory.groupSearchFilter()).isEqualTo("(objectClass=groupOfNames)");
    assertThat(directory.acceptUntrustedCertificates()).isFalse();
    assertThat(directory.sortControlSupported()).isFalse();
    assertThat(directory.pageSize()).isNull();
    assertThat(directory.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(directory.adminGroupName()).isEqualTo("camunda-admin");
    assertThat(directory.adminUserId()).isEmpty();
  }

  @Test
  void anActiveDirectoryFromTheEnvironment() throws IOException {
    var directory = bind(Map.of(
        "OIC_LDAP_ENABLED", "true",
        "OIC_LDAP_URL", "ldaps://dc1.force.police.uk:636",
        "OIC_LDAP_BASE_DN", "dc=force,dc=police,dc=uk",
        "OIC_LDAP_USER_SEARCH_FILTER", "(&(objectCategory=person)(objectClass=user))",
        "OIC_LDAP_USER_ID_ATTRIBUTE", "sAMAccountName",
        "OIC_LDAP_GROUP_SEARCH_FILTER", "(objectClass=group)",
        "OIC_LDAP_SORT_CONTROL_SUPPORTED", "true",
        "OIC_LDAP_PAGE_SIZE", "500",
        "OIC_LDAP_ADMIN_USER_ID", "oic.admin"));
    assertThat(directory.enabled()).isTrue();
    assertThat(directory.serverUrl()).isEqualTo("ldaps://dc1.force.police.uk:636");
    assertThat(directory.userSearchFilter()).isEqualTo("(&(objectCategory=person)(objectClass=user))");
    assertThat(directory.userIdAttribute()).isEqualTo("sAMAccountName");
    assertThat(directory.sortControlSupported()).isTrue();
    assertThat(directory.pageSize()).isEqualTo(500);
    assertThat(directory.isAdministrator("oic.admin", List.of())).isTrue();
    assertThat(directory.isAdministrator("someone", List.of("camunda-admin"))).isTrue();
    assertThat(directory.isAdministrator("someone", List.of("area-1-owners"))).isFalse();
  }

  private static LdapProperties bind(Map<String, Object> variables) throws IOException {
    var environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
    new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yaml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return Binder.get(environment).bindOrCreate("oic.ldap", LdapProperties.class);
  }
}
