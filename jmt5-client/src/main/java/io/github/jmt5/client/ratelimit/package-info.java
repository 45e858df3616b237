/**
 * Client-side rate limiting: one token bucket per command group, so a burst of requests is paced
 * locally instead of being throttled or disconnected by the server.
 */
@NullMarked
package io.github.jmt5.client.ratelimit;

import org.jspecify.annotations.NullMarked;
