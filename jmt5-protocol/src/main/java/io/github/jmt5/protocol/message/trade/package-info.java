/** Typed trade messages and their codecs. */
@NullMarked
package io.github.jmt5.protocol.message.trade;

import org.jspecify.annotations.NullMarked;
