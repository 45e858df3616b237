/**
 * The MetaTrader 5 Web Terminal wire protocol: value encoding ({@code wire}), message layouts
 * ({@code layout}), typed messages ({@code message.*}), enumerations ({@code enums}), AES framing
 * ({@code frame}, {@code crypto}), the command table ({@code command}), compressed symbol lists
 * ({@code compress}), stateful helpers ({@code state}) and server-build tracking ({@code version}).
 *
 * <p>This module has no runtime dependencies. Every decoder checks counts and lengths before it
 * allocates and reports malformed input as {@link io.github.jmt5.protocol.ProtocolException}.
 */
@NullMarked
package io.github.jmt5.protocol;

import org.jspecify.annotations.NullMarked;
