package no.levehelelivet.examples.web;

import no.levehelelivet.core.Language;
import no.levehelelivet.process.Role;

/** The label of a role code for a page: a standard role's own label, else the code itself. */
final class RoleLabels {

  private RoleLabels() {}

  static String label(WebContext web, String code, Language language) {
    for (Role role : Role.standardRoles()) {
      if (role.code().equals(code)) {
        return role.label(language);
      }
    }
    return code;
  }
}
