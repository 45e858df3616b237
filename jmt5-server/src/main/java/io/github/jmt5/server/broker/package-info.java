/**
 * The emulator's broker: account books, order execution, margin and profit, and the pushes they
 * cause.
 */
@NullMarked
package io.github.jmt5.server.broker;

import org.jspecify.annotations.NullMarked;
