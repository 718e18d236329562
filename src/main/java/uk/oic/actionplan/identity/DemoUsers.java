package uk.oic.actionplan.identity;

import java.util.List;

/**
 * The people of the embedded demo, one or more per group, all with the password {@code demo}.
 * They exist only in the embedded demo setup; production refuses to start while any of them can
 * log in with that password.
 */
public final class DemoUsers {

  public static final String PASSWORD = "demo";

  /** A demo person and the groups they belong to. */
  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    public String email() {
      return id + "@demo.oic.invalid";
    }
  }

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("area1.owner", "Amelia", "Hart", List.of("area-1-owners")),
      new DemoUser("area2.owner", "Ben", "Okafor", List.of("area-2-owners")),
      new DemoUser("area3.owner", "Chloe", "Patel", List.of("area-3-owners")),
      new DemoUser("area4.owner", "Dan", "Murray", List.of("area-4-owners")),
      new DemoUser("area5.owner", "Ella", "Nowak", List.of("area-5-owners")),
      new DemoUser("area6.owner", "Finn", "Walsh", List.of("area-6-owners")),
      new DemoUser("area7.owner", "Grace", "Liu", List.of("area-7-owners")),
      new DemoUser("area8.owner", "Harry", "Evans", List.of("area-8-owners")),
      new DemoUser("area9.owner", "Isla", "Campbell", List.of("area-9-owners")),
      new DemoUser("strategic.lead", "Jo", "Reid", List.of("oic-strategic-lead")),
      new DemoUser("chief.officer", "Kate", "Morgan", List.of("chief-officers")),
      new DemoUser("opcc.officer", "Liam", "Shah", List.of("opcc-staff")),
      new DemoUser("pcc", "Maya", "Fraser", List.of("pcc", "opcc-staff")));

  /** The administrator of the embedded demo (created by the starter from camunda.bpm.admin-user). */
  public static final String ADMIN_ID = "demo";

  private DemoUsers() {}
}
