/**
 * The jmt5 client: transport, session, asynchronous API and the MetaTrader5-compatible facade,
 * layered as the design describes. It depends only on {@code jmt5-protocol} and SLF4J.
 */
@NullMarked
package io.github.jmt5.client;

import org.jspecify.annotations.NullMarked;
