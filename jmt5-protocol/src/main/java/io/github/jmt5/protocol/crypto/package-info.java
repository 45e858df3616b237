/** AES-CBC frame encryption, the initial key, and the client id. */
@NullMarked
package io.github.jmt5.protocol.crypto;

import org.jspecify.annotations.NullMarked;
