/**
 * The emulator's broker: account books, order execution, margin and profit, and the pushes they
 * cause.
 *
 * <p>Internal: not part of the emulator's API and may change in any release. {@link
 * io.github.jmt5.server.Mt5Emulator#broker()} is the supported view.
 */
@NullMarked
package io.github.jmt5.server.internal.broker;

import org.jspecify.annotations.NullMarked;
