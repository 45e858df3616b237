/** Stateful helpers that are pure functions of the bytes: tick merging and order-book deltas. */
@NullMarked
package io.github.jmt5.protocol.state;

import org.jspecify.annotations.NullMarked;
