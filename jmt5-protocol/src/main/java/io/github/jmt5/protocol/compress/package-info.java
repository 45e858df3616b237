/** Compressed symbol lists (cmd 34) with a hard limit on the inflated size. */
@NullMarked
package io.github.jmt5.protocol.compress;

import org.jspecify.annotations.NullMarked;
