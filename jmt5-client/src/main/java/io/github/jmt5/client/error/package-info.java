/**
 * The client's exceptions. All are unchecked and extend {@link
 * io.github.jmt5.protocol.Mt5Exception}; messages name the command (id and name), the code and the
 * object concerned, so a log line is enough to tell what failed.
 */
@NullMarked
package io.github.jmt5.client.error;

import org.jspecify.annotations.NullMarked;
