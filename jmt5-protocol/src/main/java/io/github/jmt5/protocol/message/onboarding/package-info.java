/** Typed onboarding messages and their codecs. */
@NullMarked
package io.github.jmt5.protocol.message.onboarding;

import org.jspecify.annotations.NullMarked;
