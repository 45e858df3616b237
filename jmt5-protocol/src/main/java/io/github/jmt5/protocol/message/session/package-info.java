/** Typed session messages and their codecs. */
@NullMarked
package io.github.jmt5.protocol.message.session;

import org.jspecify.annotations.NullMarked;
