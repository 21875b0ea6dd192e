package no.levehelelivet.process;

/** What caused a step's effects: the process, the sequence number of its entry and its trigger. */
record Cause(String processId, long sequence, String trigger) {}
