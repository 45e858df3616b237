/** Rendering frames as text or JSON lines, hex dumps and capture files. */
@NullMarked
package io.github.jmt5.cli.output;

import org.jspecify.annotations.NullMarked;
