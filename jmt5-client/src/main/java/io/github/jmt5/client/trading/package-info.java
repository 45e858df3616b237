/**
 * Trading: order requests built the way the web terminal builds them, results, and the mirrored
 * positions and orders.
 */
@NullMarked
package io.github.jmt5.client.trading;

import org.jspecify.annotations.NullMarked;
