/** Fault injection: rules that close sockets, delay, fail, corrupt or withhold replies. */
@NullMarked
package io.github.jmt5.server.fault;

import org.jspecify.annotations.NullMarked;
