package uk.oic.actionplan.identity.ldap;

import java.time.Duration;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory (LDAP or Active Directory) as the engine's identity: users, groups and passwords are
 * read from it, never written (see {@link DirectoryConfiguration} and the README, "Directory").
 *
 * @param enabled whether the engine's users and groups come from the directory; false: from the
 *     engine's own tables, managed in Admin
 * @param serverUrl {@code ldap://host:389} or {@code ldaps://host:636}; STARTTLS is not offered by the
 *     plugin, so use {@code ldaps://} for an encrypted connection
 * @param managerDn the account the application searches the directory with (read access is enough)
 * @param managerPassword that account's password
 * @param baseDn where the searches start, e.g. {@code dc=force,dc=police,dc=uk}
 * @param userSearchBase where users are found, relative to the base DN ({@code ou=people}); empty: the base DN
 * @param userSearchFilter which entries are users
 * @param userIdAttribute the attribute that is a user's id, the name they log in with ({@code uid};
 *     {@code sAMAccountName} in Active Directory)
 * @param userFirstnameAttribute a user's first name
 * @param userLastnameAttribute a user's last name
 * @param userEmailAttribute a user's e-mail address, where reminders and escalations are sent
 * @param groupSearchBase where groups are found, relative to the base DN ({@code ou=groups})
 * @param groupSearchFilter which entries are groups
 * @param groupIdAttribute the attribute that is a group's id: its value must be the plan's group id
 *     ({@code cn}, so that {@code cn=area-1-owners} is the group {@code area-1-owners})
 * @param groupNameAttribute a group's display name
 * @param groupMemberAttribute the attribute of a group that holds its members' DNs ({@code member})
 * @param acceptUntrustedCertificates accept any server certificate over {@code ldaps://}: for tests
 *     only; in production put the directory's CA in the JVM's trust store instead
 * @param sortControlSupported whether the server sorts search results (the LDAP sort control); Active
 *     Directory and OpenLDAP with the sssvlv overlay do
 * @param pageSize results per page (the LDAP paged results control), empty for none; Active Directory
 *     returns at most 1,000 entries to a search without it
 * @param connectTimeout how long to wait for a connection to the directory
 * @param readTimeout how long to wait for the directory's answer
 * @param adminGroupName members of this directory group get every permission in the engine; keep it
 *     {@code camunda-admin}, the group the application's own administrator pages check
 * @param adminUserId this directory user gets every permission too; empty for none
 */
@ConfigurationProperties("oic.ldap")
public record LdapProperties(
    boolean enabled,
    @DefaultValue("") String serverUrl,
    @DefaultValue("") String managerDn,
    @DefaultValue("") String managerPassword,
    @DefaultValue("") String baseDn,
    @DefaultValue("ou=people") String userSearchBase,
    @DefaultValue("(objectClass=person)") String userSearchFilter,
    @DefaultValue("uid") String userIdAttribute,
    @DefaultValue("givenName") String userFirstnameAttribute,
    @DefaultValue("sn") String userLastnameAttribute,
    @DefaultValue("mail") String userEmailAttribute,
    @DefaultValue("ou=groups") String groupSearchBase,
    @DefaultValue("(objectClass=groupOfNames)") String groupSearchFilter,
    @DefaultValue("cn") String groupIdAttribute,
    @DefaultValue("cn") String groupNameAttribute,
    @DefaultValue("member") String groupMemberAttribute,
    boolean acceptUntrustedCertificates,
    boolean sortControlSupported,
    Integer pageSize,
    @DefaultValue("PT5S") Duration connectTimeout,
    @DefaultValue("PT10S") Duration readTimeout,
    @DefaultValue(Groups.CAMUNDA_ADMIN) String adminGroupName,
    @DefaultValue("") String adminUserId) {

  /** Whether the user, a member of the given groups, is an administrator named here. */
  public boolean isAdministrator(String userId, java.util.Collection<String> groups) {
    return enabled && ((!adminUserId.isBlank() && adminUserId.equals(userId))
        || (!adminGroupName.isBlank() && groups.contains(adminGroupName)));
  }
}
