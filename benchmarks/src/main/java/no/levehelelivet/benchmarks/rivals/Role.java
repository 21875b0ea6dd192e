package no.levehelelivet.benchmarks.rivals;

/** The standard roles. */
public enum Role {
  PROCESS_LEAD,
  ADMINISTRATIVE_LEADERSHIP,
  MUNICIPAL_COUNCIL,
  RESOURCE_PERSON,
  REGIONAL_SUPPORT,
  COUNCIL_FOR_OLDER_PEOPLE
}
