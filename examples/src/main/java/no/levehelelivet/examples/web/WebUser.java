package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableSet;

/**
 * A user of the tool (<i>brukar</i>): the name that becomes the actor of every command they give,
 * and the codes of the roles they may act in, as the users file lists them.
 *
 * @param name the user's name, the actor id of their commands
 * @param roles the codes of the roles the user may act in, in the file's order
 */
record WebUser(String name, ImmutableSet<String> roles) {

  /** Whether the user may act in the role with this code. */
  boolean holds(String roleCode) {
    return roles.contains(roleCode);
  }
}
