/** Message layouts as data, and the generic layout-driven codec that tools use. */
@NullMarked
package io.github.jmt5.protocol.layout;

import org.jspecify.annotations.NullMarked;
