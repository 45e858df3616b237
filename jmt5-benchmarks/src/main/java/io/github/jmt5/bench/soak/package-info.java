/** The soak run: many sessions trading against the emulator while it drops every connection. */
@NullMarked
package io.github.jmt5.bench.soak;

import org.jspecify.annotations.NullMarked;
