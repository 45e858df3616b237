/**
 * Typed events and their delivery. Every push the server sends and every change of the connection
 * becomes one record of the sealed {@link io.github.jmt5.client.event.Mt5Event} hierarchy,
 * delivered to listeners on the event executor, never on the socket's thread.
 */
@NullMarked
package io.github.jmt5.client.event;

import org.jspecify.annotations.NullMarked;
