/**
 * The emulator's market: symbol specifications, a deterministic price simulator, bars and depth.
 */
@NullMarked
package io.github.jmt5.server.market;

import org.jspecify.annotations.NullMarked;
