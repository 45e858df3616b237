/** Server-build tracking (layout variants per build) and debug-mode schema validation. */
@NullMarked
package io.github.jmt5.protocol.version;

import org.jspecify.annotations.NullMarked;
