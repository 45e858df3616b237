/** Value encoding: the wire types, bounds-checked readers and writers, and unit conversions. */
@NullMarked
package io.github.jmt5.protocol.wire;

import org.jspecify.annotations.NullMarked;
