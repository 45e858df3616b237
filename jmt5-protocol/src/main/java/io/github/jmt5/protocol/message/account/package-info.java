/** Typed account messages and their codecs. */
@NullMarked
package io.github.jmt5.protocol.message.account;

import org.jspecify.annotations.NullMarked;
