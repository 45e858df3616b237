/**
 * Typed messages of the protocol, grouped by concern: {@code session}, {@code onboarding}, {@code
 * account}, {@code trade} and {@code market}. Each fixed record has a {@code LAYOUT}, a {@code
 * SIZE}, a fast {@code read} at an absolute offset and a {@code write}; each composite body has a
 * codec class.
 */
@NullMarked
package io.github.jmt5.protocol.message;

import org.jspecify.annotations.NullMarked;
