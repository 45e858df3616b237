/** The {@code jmt5} command line: demo, serve, market data, trading and the protocol debugger. */
@NullMarked
package io.github.jmt5.cli;

import org.jspecify.annotations.NullMarked;
