package io.github.jmt5.server.clock;

/** The same proof for the integration-test JVM, which is forked with its own environment. */
class ClockShiftIT extends ClockShiftTest {}
