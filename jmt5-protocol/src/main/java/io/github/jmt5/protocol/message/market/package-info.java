/** Typed market messages and their codecs. */
@NullMarked
package io.github.jmt5.protocol.message.market;

import org.jspecify.annotations.NullMarked;
