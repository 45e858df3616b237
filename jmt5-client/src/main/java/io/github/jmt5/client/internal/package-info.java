/**
 * Machinery shared by the client's packages and the jmt5 modules built on it. Not an API: its types
 * may change or go in any release, so applications should not use them.
 */
@NullMarked
package io.github.jmt5.client.internal;

import org.jspecify.annotations.NullMarked;
