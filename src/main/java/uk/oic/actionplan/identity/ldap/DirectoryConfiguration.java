package uk.oic.actionplan.identity.ldap;

import java.util.Map;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code oic.ldap.enabled}, the engine's identity is the directory: Camunda's LDAP plugin answers
 * every user and group query and checks passwords by binding as the user, so the login, Tasklist,
 * Cockpit, Admin and the REST API all see the directory's people and memberships, read-only. What
 * each group may do (authorizations) stays in the engine's database, written at start-up as before.
 *
 * <p>Nothing is ever written to the directory: the engine refuses to create, change or delete a user,
 * group or membership (Admin shows them read-only), and start-up creates none (see {@code AccessSetup},
 * {@code DemoSetup}). The starter's {@code camunda.bpm.admin-user}, which would create a user in the
 * engine, is not set up: the administrators are the directory's ({@code oic.ldap.admin-group-name},
 * {@code oic.ldap.admin-user-id}), given every permission by the engine's administrator plugin.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oic.ldap.enabled", havingValue = "true")
class DirectoryConfiguration {

  /** The starter's bean that creates {@code camunda.bpm.admin-user} in the engine's identity. */
  static final String STARTER_ADMIN_USER_BEAN = "createAdminUserConfiguration";

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryConfiguration.class);

  @Bean
  LdapIdentityProviderPlugin ldapIdentityProviderPlugin(LdapProperties directory) {
    var plugin = new DirectoryIdentityPlugin();
    plugin.setServerUrl(directory.serverUrl());
    plugin.setManagerDn(directory.managerDn());
    plugin.setManagerPassword(directory.managerPassword());
    plugin.setBaseDn(directory.baseDn());
    plugin.setUserSearchBase(directory.userSearchBase());
    plugin.setUserSearchFilter(directory.userSearchFilter());
    plugin.setUserIdAttribute(directory.userIdAttribute());
    plugin.setUserFirstnameAttribute(directory.userFirstnameAttribute());
    plugin.setUserLastnameAttribute(directory.userLastnameAttribute());
    plugin.setUserEmailAttribute(directory.userEmailAttribute());
    plugin.setGroupSearchBase(directory.groupSearchBase());
    plugin.setGroupSearchFilter(directory.groupSearchFilter());
    plugin.setGroupIdAttribute(directory.groupIdAttribute());
    plugin.setGroupNameAttribute(directory.groupNameAttribute());
    plugin.setGroupMemberAttribute(directory.groupMemberAttribute());
    plugin.setAcceptUntrustedCertificates(directory.acceptUntrustedCertificates());
    plugin.setSortControlSupported(directory.sortControlSupported());
    plugin.setPageSize(directory.pageSize());
    // users and groups are listed to those the engine's authorizations let read them (every plan group)
    plugin.setAuthorizationCheckEnabled(true);
    // an empty password never logs anyone in (an LDAP bind without one is anonymous)
    plugin.setAllowAnonymousLogin(false);
    plugin.setContextProperties(new java.util.HashMap<>(Map.of(
        "com.sun.jndi.ldap.connect.timeout", Long.toString(directory.connectTimeout().toMillis()),
        "com.sun.jndi.ldap.read.timeout", Long.toString(directory.readTimeout().toMillis()))));
    if (directory.acceptUntrustedCertificates()) {
      LOG.warn("oic.ldap.accept-untrusted-certificates is true: certificates are not checked for any TLS connection of"
          + " this JVM (the plugin replaces the default SSL context); for tests only");
    }
    LOG.info("Users and groups come from the directory {} (base {}), read-only", directory.serverUrl(), directory.baseDn());
    return plugin;
  }

  /** Gives the directory's administrators (group and user named in the configuration) every permission. */
  @Bean
  AdministratorAuthorizationPlugin directoryAdministrators(LdapProperties directory) {
    var plugin = new AdministratorAuthorizationPlugin();
    if (!directory.adminGroupName().isBlank()) {
      plugin.setAdministratorGroupName(directory.adminGroupName());
    }
    if (!directory.adminUserId().isBlank()) {
      plugin.setAdministratorUserName(directory.adminUserId());
    }
    return plugin;
  }

  /**
   * Drops the starter's creation of {@code camunda.bpm.admin-user}: it would write a user, a group and a
   * membership into a directory that is read-only, and stop the engine's start.
   */
  @Bean
  static BeanFactoryPostProcessor noLocalAdministratorWithTheDirectory() {
    return beanFactory -> {
      if (beanFactory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition(STARTER_ADMIN_USER_BEAN)) {
        registry.removeBeanDefinition(STARTER_ADMIN_USER_BEAN);
        LOG.warn("camunda.bpm.admin-user is not created: with the directory (oic.ldap.enabled) the administrators are"
            + " the directory's, named by oic.ldap.admin-group-name and oic.ldap.admin-user-id");
      }
    };
  }
}
