package uk.oic.actionplan.identity.ldap;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's LDAP plugin, with one correction: asked for the members of a group it cannot find (one
 * the directory lacks, or one the caller may not read), the plugin searches for groups from the
 * directory's root and answers with the members of every group it finds there. Here the answer is
 * nobody, so that a reminder to a missing group is not e-mailed to the whole force.
 */
class DirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    var sessions = new DirectorySessions();
    sessions.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(sessions);
  }

  static class DirectorySessions extends LdapIdentityProviderFactory {
    @Override
    public Session openSession() {
      return new DirectorySession(ldapConfiguration);
    }
  }

  static class DirectorySession extends LdapIdentityProviderSession {

    DirectorySession(LdapConfiguration configuration) {
      super(configuration);
    }

    @Override
    protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
      if (getDnForGroup(query.getGroupId()).isEmpty()) {
        return new ArrayList<>();
      }
      return super.findUsersByGroupId(query);
    }
  }
}
