/** Accounts the emulator serves: credentials, saved-credential blobs, one-time passwords. */
@NullMarked
package io.github.jmt5.server.account;

import org.jspecify.annotations.NullMarked;
